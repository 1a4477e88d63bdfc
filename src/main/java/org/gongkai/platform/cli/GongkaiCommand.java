package org.gongkai.platform.cli;

/**
 * An operator command on the same jar ({@code java -jar gongkai.jar <name> ...}). Each module declares its commands
 * as beans; the implementation is a picocli command object (annotated with {@code @Command}) whose
 * {@code call()} returns the exit code.
 */
public interface GongkaiCommand extends java.util.concurrent.Callable<Integer> {

    /** The command's name as typed after the jar. */
    String name();

    /** One line for the command list. */
    String summary();
}
