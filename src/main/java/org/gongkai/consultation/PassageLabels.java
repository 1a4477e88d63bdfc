package org.gongkai.consultation;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * How pages name a passage: "第 3 段" while the consultation has one version, "第 1 稿第 3 段" once it has more, so a
 * comment made on an earlier version says which text it was about.
 */
@Component
class PassageLabels {

    private final VersionStore versions;
    private final MessageSource messages;

    PassageLabels(VersionStore versions, MessageSource messages) {
        this.versions = versions;
        this.messages = messages;
    }

    Map<Long, String> of(long consultationId) {
        Map<Long, PassageRef> refs = versions.refs(consultationId);
        boolean several = refs.values().stream().filter(r -> !r.fin()).map(PassageRef::version).distinct().count() > 1;
        return refs.values().stream().collect(Collectors.toMap(PassageRef::id, r -> r.fin()
                ? messages.getMessage("consult.finalPassage", new Object[] {r.position()}, LocaleContextHolder.getLocale())
                : several
                ? messages.getMessage("consult.versionPassage", new Object[] {r.version(), r.position()},
                        LocaleContextHolder.getLocale())
                : messages.getMessage("consult.onPassage", new Object[] {r.position()}, LocaleContextHolder.getLocale())));
    }
}
