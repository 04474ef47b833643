package org.budgetperf.support;

import org.openqa.selenium.By;

/** What a person does in the Camunda Tasklist with one of our forms. */
public final class TasklistPage {

    private final Browser browser;
    private final String base;

    public TasklistPage(Browser browser, String base) {
        this.browser = browser;
        this.base = base;
    }

    /** The task names in the Tasklist's first filter (「我的待办（本单位）」), once it has loaded. */
    public java.util.List<String> myTaskNames(int expectedAtLeast) {
        browser.driver.get(base + "/camunda/app/tasklist/default/");
        browser.wait.until(driver -> driver.findElements(By.cssSelector("li.task h4.task a")).size()
                >= expectedAtLeast);
        return browser.driver.findElements(By.cssSelector("li.task h4.task a")).stream()
                .map(link -> link.getText().strip()).toList();
    }

    /** Opens the task, claims it and waits until its form shows the table with the given name. */
    public void openAndClaim(String taskId, String tableName) {
        browser.driver.get(base + "/camunda/app/tasklist/default/#/?task=" + taskId);
        browser.click(By.xpath("//a[normalize-space()='Claim'] | //button[normalize-space()='Claim']"));
        browser.visible(By.xpath("//*[contains(@class,'fjs-container')]//*[contains(text(),'" + tableName + "')]"));
    }

    public void decide(String decisionLabel) {
        browser.click(By.xpath("//div[contains(@class,'fjs-form-field-radio')]/label[normalize-space()='"
                + decisionLabel + "']/input"));
    }

    public void fill(String label, String text) {
        browser.visible(By.xpath("//label[contains(normalize-space(),'" + label + "')]/following::textarea[1]"))
                .sendKeys(text);
    }

    public void choose(String label, String option) {
        browser.click(By.xpath("//label[contains(normalize-space(),'" + label + "')]/following::*"
                + "[contains(@class,'fjs-input-group')][1]"));
        browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][contains(normalize-space(),'"
                + option + "')]"));
    }

    public void complete() {
        browser.click(By.xpath("//button[normalize-space()='Complete']"));
    }
}
