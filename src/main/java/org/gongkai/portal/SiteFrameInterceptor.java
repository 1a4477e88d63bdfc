package org.gongkai.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

import java.util.Optional;

/**
 * Public pages that belong to no site of their own (the application status, the applicant's account, the
 * transparency log, the mirror check, the negative list, the working-day calculator) keep the header, navigation
 * and footer of the site the visitor came from: the organisation the page itself names, else the {@code site}
 * (or {@code org}) parameter the site's links carry, else the site of the request's host.
 */
class SiteFrameInterceptor implements HandlerInterceptor {

    private final SiteFrame frame;
    private final OrganisationDirectory organisations;
    private final Sites sites;

    SiteFrameInterceptor(SiteFrame frame, OrganisationDirectory organisations, Sites sites) {
        this.frame = frame;
        this.organisations = organisations;
        this.sites = sites;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView mav) {
        if (mav == null || !mav.hasView() || isRedirect(mav) || !isPublic(request)
                || mav.getModel().containsKey("sections")) {
            return;
        }
        siteOf(request, mav).ifPresent(org -> {
            Model model = new ExtendedModelMap();
            frame.fill(model, org, request);
            mav.addAllObjects(model.asMap());
        });
    }

    private Optional<Organisation> siteOf(HttpServletRequest request, ModelAndView mav) {
        if (mav.getModel().get("org") instanceof Organisation named) {
            return Optional.of(named);
        }
        for (String parameter : new String[] {"site", "org"}) {
            String slug = request.getParameter(parameter);
            if (slug != null && !slug.isBlank() && slug.length() <= 64) {
                Optional<Organisation> org = organisations.findBySlug(slug.strip());
                if (org.isPresent()) {
                    return org;
                }
            }
        }
        return sites.forHost(request);
    }

    private static boolean isRedirect(ModelAndView mav) {
        String name = mav.getViewName();
        return name != null && (name.startsWith("redirect:") || name.startsWith("forward:"));
    }

    private static boolean isPublic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/admin") || path.startsWith("/api") || path.startsWith("/account")
                || path.startsWith("/login") || path.startsWith("/error"));
    }
}
