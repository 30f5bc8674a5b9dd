package io.boneregistry.app.web;

import io.boneregistry.app.security.CentreScoped;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;

/**
 * The page's files, cached by the browser: every script, module and style sheet is served under
 * {@code /assets/<version>/}, where the version is a digest of their content, so a browser keeps them
 * for a year and never asks again until a release changes them; the page itself ({@code /}) names
 * that version and is asked again each time, answered 304 while unchanged (its ETag is the version).
 * Modules import each other by relative paths, so they all resolve under the same version.
 */
@RestController
@CentreScoped(CentreScoped.Scope.REGISTRY)
class StaticAssets implements WebMvcConfigurer {

    static final CacheControl FOR_A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable();

    private final String version;
    private final String page;

    StaticAssets() {
        this.version = digestOfEveryFile();
        this.page = read("classpath:/static/index.html")
                .replace("\"/dashboard.css\"", "\"/assets/" + version + "/dashboard.css\"")
                .replace("\"/js/main.js\"", "\"/assets/" + version + "/js/main.js\"")
                .replace("/webjars/echarts/dist/echarts.min.js\"", "/webjars/echarts/dist/echarts.min.js?v=" + version + "\"");
    }

    /** The page's files under their version; the WebJars (ECharts), named by this version in the page's query string, alike. */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/" + version + "/**").addResourceLocations("classpath:/static/").setCacheControl(FOR_A_YEAR);
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/").setCacheControl(FOR_A_YEAR)
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }

    @GetMapping({"/", "/index.html"})
    ResponseEntity<String> page(@RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String seen) {
        String etag = "\"" + version + "\"";
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (etag.equals(seen)) answer = ResponseEntity.status(304);
        return answer.eTag(etag).cacheControl(CacheControl.noCache().cachePrivate()).contentType(MediaType.TEXT_HTML)
                .body(etag.equals(seen) ? null : page);
    }

    private static String digestOfEveryFile() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:/static/**/*.*");
            Arrays.sort(files, Comparator.comparing(StaticAssets::path));
            for (Resource file : files) {
                digest.update(path(file).getBytes(StandardCharsets.UTF_8));
                try (InputStream in = file.getInputStream()) {
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String path(Resource file) {
        try {
            String url = file.getURL().toString();
            return url.substring(url.lastIndexOf("/static/"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String location) {
        try (InputStream in = new PathMatchingResourcePatternResolver().getResource(location).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
