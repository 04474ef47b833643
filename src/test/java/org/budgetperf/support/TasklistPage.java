package org.budgetperf.support;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** What a person does in the Camunda Tasklist with one of our forms. */
public final class TasklistPage {

    /*
     * The Tasklist's texts that the tests look for, as our Chinese locale (app/tasklist/locales/zh.json) has them:
     * the webapps are in Chinese unless a person switches to English.
     */
    public static final String LOG_IN = "登录";
    public static final String CLAIM = "认领";
    public static final String SAVE = "保存";
    public static final String COMPLETE = "完成";

    /** Longer than form-js' input debounce (300 ms), so that a typed value has reached the form. */
    private static final Duration DEBOUNCE_SETTLED = Duration.ofSeconds(1);
    private static final By ACCOUNT_MENU = By.cssSelector("li.account .dropdown-toggle");

    private final Browser browser;
    private final String base;

    public TasklistPage(Browser browser, String base) {
        this.browser = browser;
        this.base = base;
    }

    /**
     * Opens the Tasklist with the cookies cleared, which sends the browser to the application's login page, logs in
     * there and waits until the Tasklist is back with the user logged in. (Clearing the cookies on a loaded page and
     * refreshing it aborted the page's first requests, and the login then failed now and then.)
     */
    public void login(String user) {
        openAs(user, "/camunda/app/tasklist/default/");
        browser.visible(ACCOUNT_MENU);
    }

    /**
     * Opens a page of the application as the user, logging in on the login page that a browser without a login is
     * sent to, which then returns to the page.
     */
    public void openAs(String user, String path) {
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(base + path);
        browser.visible(By.id("username")).sendKeys(user);
        browser.driver.findElement(By.id("password")).sendKeys("demo");
        browser.click(By.id("login-button"));
        browser.wait.until(driver -> driver.getCurrentUrl().startsWith(base + path.replaceAll("[?#].*", "")));
    }

    /** The Tasklist's own 「Log out」, in the menu under the user's name (located by its action, whatever its text). */
    public void logOut() {
        browser.click(ACCOUNT_MENU);
        browser.click(By.cssSelector("li.logout a[ng-click='logout()']"));
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
        browser.click(By.xpath("//*[self::a or self::button][normalize-space()='" + CLAIM + "']"));
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

    /** Types into the input or text area of a dynamic list's item (0-based) under the field label. */
    public void fillItem(String label, int item, String text) {
        WebElement input = itemInput(label, item);
        input.clear();
        input.sendKeys(text);
    }

    /** What a dynamic list's item (0-based) shows under the field label. */
    public String itemValue(String label, int item) {
        return itemInput(label, item).getAttribute("value");
    }

    private WebElement itemInput(String label, int item) {
        return browser.visible(By.xpath("(//div[contains(@class,'fjs-form-field')][label[normalize-space()='" + label
                + "' or normalize-space()='" + label + "*']]//*[self::input or self::textarea])[" + (item + 1) + "]"));
    }

    /**
     * Saves the form until Complete (「完成」) is enabled. In Tasklist 7.24 an edited field of a dynamic list leaves an
     * empty entry in form-js' errors, which keeps Complete disabled; Save (「保存」) validates the whole form and clears
     * it. The last typed value reaches the form after form-js' debounce and, arriving after a Save, puts the entry
     * back: so Complete must still be enabled a moment after the Save, else Save is pressed again.
     */
    public void saveUntilCompletable() {
        By complete = button(COMPLETE);
        browser.wait.until(driver -> {
            browser.click(button(SAVE));
            pause(DEBOUNCE_SETTLED);
            return driver.findElement(complete).isEnabled();
        });
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public void complete() {
        browser.click(button(COMPLETE));
    }

    public static By button(String text) {
        return By.xpath("//button[normalize-space()='" + text + "']");
    }
}
