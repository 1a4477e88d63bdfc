package org.gongkai.review;

import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The leak hunt: fetches every public route that can show a document — the portal home, the organisation's site, the
 * document page, each public file (both URL forms) and the public API — and fails if a secret appears in any answer.
 */
final class PublicRoutes {

    private PublicRoutes() {
    }

    static void assertNowhere(MockMvc mvc, String slug, long documentId, List<String> secrets) throws Exception {
        List<String> routes = new ArrayList<>(List.of("/", "/o/" + slug, "/documents/" + documentId,
                "/api/v1/public/documents/" + documentId, "/api/v1/public/documents?organisation=" + slug,
                "/negative-list/" + slug));
        List<Long> fileIds = new ArrayList<>();
        String page = mvc.perform(get("/documents/" + documentId)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var m = java.util.regex.Pattern.compile("/files/(\\d+)").matcher(page);
        while (m.find()) {
            fileIds.add(Long.parseLong(m.group(1)));
        }
        for (long f : fileIds) {
            routes.add("/files/" + f);
            routes.add("/files/" + f + "/x");
        }
        for (String route : routes) {
            var response = mvc.perform(get(route)).andReturn().getResponse();
            byte[] bytes = response.getContentAsByteArray();
            String all = response.getStatus() == 200 && route.startsWith("/files/") ? ScreeningFiles.everything(bytes)
                    : new String(bytes, StandardCharsets.UTF_8);
            for (String secret : secrets) {
                assertThat(all).as(route + " (status " + response.getStatus() + ")").doesNotContain(secret);
            }
        }
    }
}
