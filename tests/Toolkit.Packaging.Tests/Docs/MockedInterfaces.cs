// README and generators/Toolkit.Mocking/PACKAGE.md: mocks are asked for in the test project, for a driver of the runtime
// and for the application's own interface alike.
using Toolkit;
using Toolkit.Mocking;

[assembly: GenerateMock(typeof(Toolkit.Shell.IShellDriver))]
[assembly: GenerateMock(typeof(MyApp.Backups.IBackupDriver))]
[assembly: GenerateMock(typeof(MyApp.Deployments.IDeploymentDriver))]
