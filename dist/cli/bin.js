// Entry point of bin/perfflow. Kept tiny: the version check happens before any other module loads.
const major = Number(process.versions.node.split('.')[0]);
if (!(major >= 20)) {
    process.stderr.write(`perfflow: Node.js >= 20 is required (found ${process.version}); upgrade Node and retry\n`);
    process.exit(2);
}
const { runCli } = await import('./main.js');
process.exitCode = await runCli(process.argv.slice(2));
export {};
