package org.budgetperf.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.budgetperf.support.Browser;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TasklistPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One login and one logout in headless Chromium: a page opened without login goes to our login page and back, the
 * same login opens the Tasklist, the Tasklist's own 「Log out」 ends the page's login, and the page's 「退出登录」
 * ends the Tasklist's.
 */
@IntegrationTest
class OneLoginBrowserTest {

    private static final By LOGIN_FORM = By.id("username");

    @LocalServerPort
    int port;

    @Test
    void oneLoginAndOneLogoutForOurPagesAndTheTasklist() {
        Browser.assumeAvailable();
        String base = "http://localhost:" + port;
        try (Browser browser = new Browser()) {
            try {
                browser.driver.get(base + "/excel/");
                logIn(browser, "unit-staff");
                browser.visible(By.cssSelector("#targets tbody tr[data-id]"));
                assertThat(path(browser)).isEqualTo("/excel/");
                assertThat(browser.visible(By.cssSelector("[data-session] .session-user")).getText())
                        .isEqualTo("王晓（江苏省红十字会联络与合作中心）");

                TasklistPage tasklist = new TasklistPage(browser, base);
                browser.driver.get(base + "/camunda/app/tasklist/default/");
                tasklist.logOut();
                browser.visible(LOGIN_FORM);
                assertThat(path(browser)).as("the Tasklist's own Log out lands on our login page").isEqualTo("/login/");
                browser.driver.get(base + "/excel/");
                browser.visible(LOGIN_FORM);
                assertThat(path(browser)).as("and ended the page's login too").isEqualTo("/login/");

                logIn(browser, "unit-staff");
                browser.visible(By.cssSelector("#targets tbody tr[data-id]"));
                browser.click(By.linkText("退出登录"));
                assertThat(browser.visible(By.id("notice")).getText()).isEqualTo("您已退出登录");
                browser.driver.get(base + "/camunda/app/tasklist/default/");
                browser.visible(LOGIN_FORM);
                assertThat(path(browser)).as("the page's logout ended the Tasklist's login").isEqualTo("/login/");
                assertThat(browser.driver.getCurrentUrl()).contains("next=%2Fcamunda%2Fapp%2Ftasklist%2Fdefault%2F");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("one-login");
                throw e;
            }
        }
    }

    private static void logIn(Browser browser, String user) {
        browser.visible(LOGIN_FORM).sendKeys(user);
        assertThat(browser.driver.getTitle()).isEqualTo("登录 · 预算绩效目标管理");
        browser.driver.findElement(By.id("password")).sendKeys("demo");
        browser.click(By.id("login-button"));
    }

    private static String path(Browser browser) {
        return URI.create(browser.driver.getCurrentUrl()).getPath();
    }
}
