using Site.Cli.Commands;

return await CommandLine.RunAsync(args);
