/**
 * Re-posting (转载, ADR 0029): an organisation subscribes to organisations above it; what they publish is queued for
 * it, and staff re-post it as their own document (through the document module's draft → review → publish path) or
 * dismiss it. Changes of the source flag every re-post. The re-post board shows a higher level who re-posted its
 * documents and how fast. The public side reads only {@link org.gongkai.syndication.PublicReposts}, which answers
 * nothing for a document that is not published. Sources on other Gongkai instances (ADR 0041) are proposed by staff,
 * approved by a system administrator and polled only by {@link org.gongkai.syndication.RemotePoller}'s job; each document is
 * verified against the source's transparency log and cleaned before it is queued.
 */
package org.gongkai.syndication;
