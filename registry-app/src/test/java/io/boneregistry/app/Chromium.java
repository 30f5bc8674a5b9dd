package io.boneregistry.app;

import org.openqa.selenium.By;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

/** Debian's headless Chromium for the page tests, and a user logging in through the form as a person would. */
public final class Chromium {

    private Chromium() {
    }

    /** A fresh browser (own profile, console logged) with a window of {@code size}, e.g. "1280,800". */
    public static ChromeDriver start(String size) throws IOException {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                        "--disable-quic", "--window-size=" + size, "--lang=en-GB",
                        "--user-data-dir=" + Files.createTempDirectory("chromium").toAbsolutePath());
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        // leaving a form with unsaved answers asks first; a test that navigates on accepts (the draft is kept)
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.ACCEPT);
        return new ChromeDriver(options);
    }

    /** Sent to the login form by the registry, logged in there, and back on the page. */
    public static void logInAs(ChromeDriver browser, int port, String username) {
        browser.get("http://localhost:" + port + "/");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().endsWith("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(TestRequesters.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> !driver.getCurrentUrl().contains("/login"));
    }
}
