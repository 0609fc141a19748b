using System.Collections;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Toolkit.Mocking;

/// <summary>How an <see cref="Arg{T}"/> decides.</summary>
internal enum ArgKind : byte
{
    Any,
    Value,
    Matcher,
}
