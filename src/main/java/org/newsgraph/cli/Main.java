package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code newsgraph} command. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = "Builds an RDF knowledge graph of entities, events and relations from news articles.",
        subcommands = {DemoCommand.class, IngestCommand.class, QueryCommand.class, ServeCommand.class,
                ExportCommand.class, EvaluateCommand.class, BenchmarkCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("newsgraph: " + oneLine(e));
            if (System.getenv("NEWSGRAPH_DEBUG") != null) e.printStackTrace(cmd.getErr());
            return 1;
        });
        return cli.execute(args);
    }

    /** The message users see: the deepest cause that says something. */
    static String oneLine(Throwable e) {
        Throwable t = e;
        while ((t.getMessage() == null || t.getMessage().isBlank()) && t.getCause() != null) t = t.getCause();
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
