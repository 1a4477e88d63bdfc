package org.gongkai.identity;

import org.gongkai.platform.web.ForbiddenException;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets a controller take a {@link StaffUser} parameter: the signed-in user as the database knows them now. */
@Component
class CurrentStaffResolver implements HandlerMethodArgumentResolver {

    private final StaffUserDetailsService users;

    CurrentStaffResolver(StaffUserDetailsService users) {
        this.users = users;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == StaffUser.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof StaffPrincipal p)) {
            throw new ForbiddenException("access.signIn");
        }
        return users.reload(p.getUsername()).orElseThrow(() -> new ForbiddenException("access.disabled"));
    }
}
