import MSRenderCLI

MSRenderCLI.runAndExit(CommandLine.arguments)
