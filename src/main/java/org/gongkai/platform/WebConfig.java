package org.gongkai.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.HandlerInterceptor;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** zh-CN first, English on request (?lang=en, remembered in a cookie); argument resolvers and interceptors of the modules. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private final List<HandlerMethodArgumentResolver> resolvers;
    private final List<HandlerInterceptor> interceptors;

    WebConfig(List<HandlerMethodArgumentResolver> resolvers, List<HandlerInterceptor> interceptors) {
        this.resolvers = resolvers;
        this.interceptors = interceptors;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver r = new CookieLocaleResolver("gongkai-lang");
        r.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        r.setCookieMaxAge(Duration.ofDays(365));
        return r;
    }

    /**
     * The platform's clock, in Beijing time: the platform's day is Beijing's whatever the server's zone (servers and
     * CI run in UTC, eight hours behind), so a {@code LocalDate.now(clock)} is the right day. Code still says
     * {@code clock.withZone(Zones.CHINA)} where it means it; this is the safety net.
     */
    @Bean
    Clock clock() {
        return Clock.system(Zones.CHINA);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
        lang.setParamName("lang");
        lang.setIgnoreInvalidLocale(true);
        registry.addInterceptor(lang);
        interceptors.forEach(registry::addInterceptor);
    }

    /**
     * Style sheets and scripts under names that carry a hash of their content ({@code /css/site-<md5>.css}, written
     * into pages by {@code @{/css/site.css}}), cached for a year by browsers, nginx and a CDN: a changed file gets a
     * new name, and the pages naming it are revalidated on every request anyway.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : List.of("css", "js")) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        // the Atom feeds' stylesheet (a fixed address inside every feed) and the random-inspection draw's
        // verification program (tools/, copied in by the build). Spring Boot's catch-all `/**` static mapping is off
        // (spring.web.resources.add-mappings): with it, every link of every rendered page was looked up on the
        // class path by the URL-encoding filter, three quarters of an uncached page's time (ADR 0055)
        for (String folder : List.of("feed", "tools")) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic());
        }
    }

    /** Rewrites {@code @{/css/…}} and {@code @{/js/…}} links in rendered pages to their content-hashed names. */
    @Bean
    ResourceUrlEncodingFilter resourceUrlEncodingFilter() {
        return new ResourceUrlEncodingFilter();
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> list) {
        list.addAll(resolvers);
    }
}
