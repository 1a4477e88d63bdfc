package org.gongkai.demo;

/**
 * A part of the demo built once the organisations, their accounts and documents exist, in its
 * {@link org.springframework.core.annotation.Order}: a new part is a bean, and {@link DemoContent} needs no change.
 */
interface DemoPart {

    void build(DemoSite site);
}
