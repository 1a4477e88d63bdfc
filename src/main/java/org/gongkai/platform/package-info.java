/**
 * The shared ground floor: database, durable files, web errors and paging, the command line, PDF fonts.
 * Every module may use any of it; it uses no other module.
 */
@ApplicationModule(displayName = "Platform", type = ApplicationModule.Type.OPEN)
package org.gongkai.platform;

import org.springframework.modulith.ApplicationModule;
