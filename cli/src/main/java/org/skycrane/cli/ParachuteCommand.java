package org.skycrane.cli;

import picocli.CommandLine.Command;

/** {@code skycrane parachute}: the "DARE MIGHTY THINGS" code of the Mars 2020 parachute. */
@Command(name = "parachute",
        description = "Put a message and a location on a parachute canopy, or read them back.",
        synopsisSubcommandLabel = "(encode | decode)",
        mixinStandardHelpOptions = true,
        subcommands = {ParachuteEncodeCommand.class, ParachuteDecodeCommand.class})
public final class ParachuteCommand {
}
