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
