package org.gongkai.portal;

import java.util.Map;

/**
 * What another module adds to a public document page's own JSON-LD without the portal knowing it (an interpretation
 * module adds the interpretations of a policy, and the policy an interpretation explains). A module implements it as
 * a bean; it must return only what is public. The portal never overwrites a property it set itself.
 */
public interface DocumentLinkedData {

    /**
     * schema.org properties of the document's node (values: strings, numbers, maps and lists of them); empty when
     * the module has nothing to say. {@code baseUrl} is the site's address without a trailing slash.
     */
    Map<String, Object> properties(long documentId, String baseUrl);
}
