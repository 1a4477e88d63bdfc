package org.gongkai.portal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** 适老化: a large-text mode that works without JavaScript, remembered in a cookie. */
@Controller
@ControllerAdvice
class DisplayPreferencePages {

    static final String COOKIE = "gongkai-size";

    @ModelAttribute("largeText")
    boolean largeText(@CookieValue(name = COOKIE, required = false) String size) {
        return "large".equals(size);
    }

    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    @GetMapping("/display")
    String toggle(@RequestParam(defaultValue = "on") String large, @RequestParam(required = false) String back,
                  HttpServletResponse response) {
        Cookie c = new Cookie(COOKIE, "on".equals(large) ? "large" : "normal");
        c.setPath("/");
        c.setMaxAge(365 * 24 * 3600);
        c.setHttpOnly(true);
        response.addCookie(c);
        return "redirect:" + localPath(back);
    }

    /**
     * Only a path on this site: never an open redirect. Only characters a URI may carry as they are, so nothing in it
     * is read as a URI template ({@code /{foo}}) or needs encoding in the Location header.
     */
    static String localPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || !back.matches("[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]*")) {
            return "/";
        }
        return back;
    }
}
