using Toolkit.Generators.Model;

namespace Toolkit.Generators.Emitting.Mocks;

/// <summary>A parameter of a mock operation, with where its value is recorded and how it is matched.</summary>
internal sealed class OperationParameter
{
    public OperationParameter(ParameterModel parameter, RecordingKind recording, string? recordedType)
    {
        Parameter = parameter;
        Recording = recording;
        RecordedType = recordedType;
    }

    public ParameterModel Parameter { get; }

    public RecordingKind Recording { get; }

    /// <summary>The type the value is recorded and matched as (<c>T[]</c> for spans, <c>string</c> for char spans); null when not recorded.</summary>
    public string? RecordedType { get; }

    /// <summary>The <c>CallArguments</c> field holding the value, e.g. <c>Reference0</c> or <c>Value2</c>.</summary>
    public string? Slot { get; set; }

    /// <summary>Whether the slot is an <c>object?</c> field (the value is cast back when read).</summary>
    public bool SlotIsObject { get; set; }

    /// <summary>The local holding the converted value (spans), or the parameter itself.</summary>
    public string ValueExpression { get; set; } = "";

    /// <summary>The property of the typed call record, e.g. <c>Command</c>.</summary>
    public string PropertyName { get; set; } = "";

    /// <summary>The private field of the setup holding this parameter's condition, e.g. <c>_command</c>.</summary>
    public string ConditionField { get; set; } = "";

    public bool IsRecorded => Recording != RecordingKind.None;

    /// <summary>Whether setups and verifications take a condition for it (every recorded parameter).</summary>
    public bool IsMatchable => IsRecorded;

    /// <summary>The name inside the implementation (<c>value</c> for accessors).</summary>
    public string Name => Parameter.EscapedName;

    /// <summary>The name on the setup and verification surfaces (<c>handler</c> for events).</summary>
    public string ApiName => Naming.Identifiers.Escape(Parameter.Name);
}
