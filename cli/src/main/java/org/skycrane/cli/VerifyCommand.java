package org.skycrane.cli;

import picocli.CommandLine.Command;

/** {@code skycrane verify}: Skycrane's dynamics against published check cases of other tools. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Fly published verification check cases with Skycrane's dynamics and compare with the "
                + "published solutions.",
        subcommands = {VerifyNescCommand.class})
final class VerifyCommand {
}
