/**
 * Re-posting (转载, ADR 0029): an organisation subscribes to organisations above it; what they publish is queued for
 * it, and staff re-post it as their own document (through the document module's draft → review → publish path) or
 * dismiss it. Changes of the source flag every re-post. The re-post board shows a higher level who re-posted its
 * documents and how fast. The public side reads only {@link org.gongkai.syndication.PublicReposts}, which answers
 * nothing for a document that is not published.
 */
package org.gongkai.syndication;
