package org.gongkai.portal;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.AdminNavItem;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Set;

/**
 * The page cache filter (before the security filters, which sit at order -100), the site frame on public pages
 * that belong to no site of their own, and the back-office entry.
 */
@Configuration(proxyBeanMethods = false)
class PortalConfig {

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, ReadCounter reads) {
        FilterRegistrationBean<PageCacheFilter> r = new FilterRegistrationBean<>(new PageCacheFilter(cache, reads));
        r.setOrder(-101);
        r.addUrlPatterns("/*");
        return r;
    }

    @Bean
    WebMvcConfigurer siteFrameOnToolPages(SiteFrame frame, OrganisationDirectory organisations, Sites sites) {
        SiteFrameInterceptor interceptor = new SiteFrameInterceptor(frame, organisations, sites);
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(interceptor);
            }
        };
    }

    @Bean
    AdminNavItem portalNavItem() {
        return new AdminNavItem("portal.admin.nav", "/admin/portal/sections", 70, Set.of("PUBLISHER"));
    }
}
