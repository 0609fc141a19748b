// Mocks of the runtime's interfaces, as a consumer's test project asks for them (docs/drivers.md).
using Toolkit;

[assembly: GenerateMock(typeof(Toolkit.Shell.IShellDriver))]
