using System.Globalization;

namespace Toolkit.Validation.Tests.Differential;

/// <summary>The cultures every differential test runs under, one sample after the other, and a scope that switches to one.</summary>
internal static class Cultures
{
    /// <summary>Invariant; German (decimal comma, dotted dates); Turkish (dotted and dotless i under (?i)).</summary>
    public static readonly CultureInfo[] All = [CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("de-DE"), CultureInfo.GetCultureInfo("tr-TR")];

    public static readonly CultureInfo German = All[1];

    public static readonly CultureInfo Turkish = All[2];

    /// <summary>Runs <paramref name="action"/> with <paramref name="culture"/> as the current culture and UI culture.</summary>
    public static T Under<T>(CultureInfo culture, Func<T> action)
    {
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = currentUi;
        }
    }

    public static void Under(CultureInfo culture, Action action) => Under(culture, () => { action(); return 0; });
}
