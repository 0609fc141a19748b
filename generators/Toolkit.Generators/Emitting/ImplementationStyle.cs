namespace Toolkit.Generators.Emitting;

/// <summary>How <see cref="InterfaceImplementationWriter"/> declares members.</summary>
internal enum ImplementationStyle
{
    /// <summary>
    /// Every member as an explicit interface implementation (<c>string IShellDriver.Run(...)</c>): nothing is added
    /// to the class's public surface, so members can never clash with the class's own API.
    /// </summary>
    Explicit,

    /// <summary>
    /// Public members with <c>/// &lt;inheritdoc/&gt;</c>, default values, <c>params</c> and full constraints; members
    /// with <see cref="Model.MemberModel.RequiresExplicitImplementation"/> are still implemented explicitly.
    /// </summary>
    Implicit,
}
