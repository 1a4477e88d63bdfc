package org.gongkai.portal;

import org.gongkai.platform.AdminNavItem;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** The page cache filter (before the security filters, which sit at order -100) and the back-office entry. */
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
    AdminNavItem portalNavItem() {
        return new AdminNavItem("portal.admin.nav", "/admin/portal/sections", 70, Set.of("PUBLISHER"));
    }
}
