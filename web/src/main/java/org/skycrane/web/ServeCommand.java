package org.skycrane.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code skycrane serve}: the dashboard on a local web server. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the mission dashboard and its JSON API (docs/api.md) from the working directory; "
                + "runs and campaigns are written there in the command line's formats.")
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "7070", description = "Port (default ${DEFAULT-VALUE}; 0 any free port).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--dir", defaultValue = ".", description = "Working directory (default the current one).")
    Path dir;

    @Option(names = "--max-runs", defaultValue = "2", description = "Runs in flight at once (default ${DEFAULT-VALUE}).")
    int maxRuns;

    @Option(names = "--max-campaigns", defaultValue = "1",
            description = "Campaigns in flight at once (default ${DEFAULT-VALUE}).")
    int maxCampaigns;

    @Override
    public Integer call() throws InterruptedException {
        if (maxRuns < 1 || maxCampaigns < 1) {
            System.err.println("error: --max-runs and --max-campaigns must be at least 1");
            return 2;
        }
        if (!Files.isDirectory(dir)) {
            System.err.println("error: --dir: " + dir + " is not a directory");
            return 2;
        }
        if (port < 0 || port > 65535) {
            System.err.println("error: --port: " + port + " is not a port (0 to 65535; 0 picks a free one)");
            return 2;
        }
        DashboardServer server = new DashboardServer(dir, maxRuns, maxCampaigns).start(host, port);
        System.out.println("Skycrane dashboard: http://" + host + ":" + server.port() + "/  (Ctrl-C to stop)");
        new CountDownLatch(1).await();
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ServeCommand()).setParameterExceptionHandler((e, given) -> {
            System.err.println("error: " + e.getMessage());
            return 2;
        }).execute(args));
    }
}
