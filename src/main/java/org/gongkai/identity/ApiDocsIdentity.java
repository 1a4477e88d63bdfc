package org.gongkai.identity;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;

/** The signed-in user is resolved from the credentials, not sent as a parameter: keep it out of the API description. */
@Configuration(proxyBeanMethods = false)
class ApiDocsIdentity {
    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(StaffUser.class);
    }
}
