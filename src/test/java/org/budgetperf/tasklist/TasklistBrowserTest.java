package org.budgetperf.tasklist;

import org.budgetperf.support.Browser;
import org.budgetperf.support.TasklistPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A test in the real Camunda Tasklist of the running application: a headless Chromium for each test. */
abstract class TasklistBrowserTest {

    @LocalServerPort
    int port;

    Browser browser;
    TasklistPage tasklist;

    @BeforeEach
    void openBrowser() {
        Browser.assumeAvailable();
        browser = new Browser();
        tasklist = new TasklistPage(browser, "http://localhost:" + port);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
