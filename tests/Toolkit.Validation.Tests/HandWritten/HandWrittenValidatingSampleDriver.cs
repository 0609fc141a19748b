// The code the generator is meant to write for ISampleDriver, written by hand first so its behaviour and cost
// could be proven (differential test, benchmark) before the emitter existed. The generated ValidatingSampleDriver
// must behave identically; the differential tests run both.
#nullable enable
namespace Toolkit.Validation.Tests.Samples
{
    public sealed class HandWrittenValidatingSampleDriver : global::Toolkit.Validation.Tests.Samples.ISampleDriver
    {
        private const string __Driver = "sample";
        private readonly global::Toolkit.Validation.Tests.Samples.ISampleDriver _inner;

        public HandWrittenValidatingSampleDriver(global::Toolkit.Validation.Tests.Samples.ISampleDriver inner)
        {
            global::System.ArgumentNullException.ThrowIfNull(inner);
            _inner = inner;
        }

        public global::System.Threading.Tasks.Task<string> CreateAsync(global::Toolkit.Validation.Tests.Samples.ContainerConfig config, global::System.Threading.CancellationToken cancellationToken)
        {
            var __collector = new global::Toolkit.Validation.ValidationCollector();
            if (config is null)
            {
                __collector.Add("config", "NotNull", __Rules.NotNullMessage("config"));
            }
            else
            {
                var __before = __collector.FailureCount;
                __Validate_ContainerConfig(config, ref __collector);
                if (__collector.FailureCount != __before)
                {
                    __collector.Prefix(__before, "config");
                }
            }

            __collector.ThrowIfFailed(__Driver, "CreateAsync");
            return _inner.CreateAsync(config!, cancellationToken);
        }

        public global::System.Threading.Tasks.Task StopAsync(string id, int timeoutSeconds, global::System.Threading.CancellationToken cancellationToken)
        {
            var __collector = new global::Toolkit.Validation.ValidationCollector();
            if (string.IsNullOrWhiteSpace(id))
            {
                __collector.Add("id", "Required", __Rules.StopAsync_id_Required.FormatErrorMessage("id"));
            }
            else
            {
                if (id.Length < 1 || id.Length > 64)
                {
                    __collector.Add("id", "StringLength", __Rules.StopAsync_id_StringLength.FormatErrorMessage("id"));
                }
            }

            if (timeoutSeconds < 0 || timeoutSeconds > 3600)
            {
                __collector.Add("timeoutSeconds", "Range", __Rules.StopAsync_timeoutSeconds_Range.FormatErrorMessage("timeoutSeconds"));
            }

            __collector.ThrowIfFailed(__Driver, "StopAsync");
            return _inner.StopAsync(id, timeoutSeconds, cancellationToken);
        }

        public void Login(string user, string password)
        {
            var __collector = new global::Toolkit.Validation.ValidationCollector();
            if (user is null)
            {
                __collector.Add("user", "NotNull", __Rules.NotNullMessage("user"));
            }

            if (password is null)
            {
                __collector.Add("password", "NotNull", __Rules.NotNullMessage("password"));
            }
            else
            {
                if (password.Length < 8)
                {
                    __collector.Add("password", "MinLength", __Rules.Login_password_MinLength.FormatErrorMessage("password"));
                }
            }

            __collector.ThrowIfFailed(__Driver, "Login");
            _inner.Login(user!, password!);
        }

        public string? Find(string? name) => _inner.Find(name);

        public int Publish(global::Toolkit.Validation.Tests.Samples.PortMapping[] ports)
        {
            var __collector = new global::Toolkit.Validation.ValidationCollector();
            if (ports is null)
            {
                __collector.Add("ports", "NotNull", __Rules.NotNullMessage("ports"));
            }
            else
            {
                var __before = __collector.FailureCount;
                for (var __i = 0; __i < ports.Length; __i++)
                {
                    var __item = ports[__i];
                    if (__item is not null)
                    {
                        var __itemBefore = __collector.FailureCount;
                        __Validate_PortMapping(__item, ref __collector);
                        if (__collector.FailureCount != __itemBefore)
                        {
                            __collector.PrefixItem(__itemBefore, __i);
                        }
                    }
                }

                if (__collector.FailureCount != __before)
                {
                    __collector.Prefix(__before, "ports");
                }
            }

            __collector.ThrowIfFailed(__Driver, "Publish");
            return _inner.Publish(ports!);
        }

        private static void __Validate_ContainerConfig(global::Toolkit.Validation.Tests.Samples.ContainerConfig value, ref global::Toolkit.Validation.ValidationCollector collector)
        {
            var failures = collector.FailureCount;
            {
                var member = value.Name;
                if (string.IsNullOrWhiteSpace(member))
                {
                    collector.Add("Name", "Required", __Rules.ContainerConfig_Name_Required.FormatErrorMessage("Name"));
                }
                else
                {
                    if (member.Length < 2 || member.Length > 63)
                    {
                        collector.Add("Name", "StringLength", __Rules.ContainerConfig_Name_StringLength.FormatErrorMessage("Name"));
                    }
                }
            }

            {
                var member = value.Image;
                if (string.IsNullOrWhiteSpace(member))
                {
                    collector.Add("Image", "Required", __Rules.ContainerConfig_Image_Required.FormatErrorMessage("Image"));
                }
                else
                {
                    if (member.Length > 200)
                    {
                        collector.Add("Image", "MaxLength", __Rules.ContainerConfig_Image_MaxLength.FormatErrorMessage("Image"));
                    }
                }
            }

            {
                var member = value.Hostname;
                if (!global::Toolkit.Validation.PatternMatch.IsWholeMatch(__Rules.ContainerConfig_Hostname_Regex, member))
                {
                    collector.Add("Hostname", "RegularExpression", __Rules.ContainerConfig_Hostname_RegularExpression.FormatErrorMessage("Hostname"));
                }
            }

            {
                var member = value.Cpus;
                if (!(__Rules.ContainerConfig_Cpus_Range_Minimum.CompareTo(member) <= 0 && __Rules.ContainerConfig_Cpus_Range_Maximum.CompareTo(member) >= 0))
                {
                    collector.Add("Cpus", "Range", __Rules.ContainerConfig_Cpus_Range.FormatErrorMessage("Cpus"));
                }
            }

            {
                var member = value.RestartPolicy;
                if (!(string.Equals(member, "no") || string.Equals(member, "always") || string.Equals(member, "on-failure") || string.Equals(member, "unless-stopped")))
                {
                    collector.Add("RestartPolicy", "AllowedValues", __Rules.ContainerConfig_RestartPolicy_AllowedValues.FormatErrorMessage("RestartPolicy"));
                }
            }

            {
                var member = value.User;
                if (string.Equals(member, "root") || string.Equals(member, "0"))
                {
                    collector.Add("User", "DeniedValues", __Rules.ContainerConfig_User_DeniedValues.FormatErrorMessage("User"));
                }
            }

            {
                var member = value.RegistryAuth;
                if (!__Rules.ContainerConfig_RegistryAuth_Base64String.IsValid(member))
                {
                    collector.Add("RegistryAuth", "Base64String", __Rules.ContainerConfig_RegistryAuth_Base64String.FormatErrorMessage("RegistryAuth"));
                }
            }

            {
                var member = value.Network;
                collector.AddResult(
                    __Rules.ContainerConfig_Network_NetworkName.GetValidationResult(member, new global::System.ComponentModel.DataAnnotations.ValidationContext(value, "Network", null, null) { MemberName = "Network" }),
                    "NetworkName",
                    "Network");
            }

            {
                var member = value.Ports;
                if (member is not null)
                {
                    var count = member is global::System.Collections.ICollection collection ? collection.Count : -1;
                    if (count < 0)
                    {
                        if (!__Rules.ContainerConfig_Ports_Length.IsValid(member))
                        {
                            collector.Add("Ports", "Length", __Rules.ContainerConfig_Ports_Length.FormatErrorMessage("Ports"));
                        }
                    }
                    else if (count < 0 || count > 8)
                    {
                        collector.Add("Ports", "Length", __Rules.ContainerConfig_Ports_Length.FormatErrorMessage("Ports"));
                    }
                }
            }

            {
                var member = value.Resources;
                if (member is null)
                {
                    collector.Add("Resources", "Required", __Rules.ContainerConfig_Resources_Required.FormatErrorMessage("Resources"));
                }
            }

            if (collector.FailureCount == failures)
            {
                var context = new global::System.ComponentModel.DataAnnotations.ValidationContext(value, "ContainerConfig", null, null);
                collector.AddResults(((global::System.ComponentModel.DataAnnotations.IValidatableObject)value).Validate(context), "ContainerConfig");
            }

            {
                var member = value.Ports;
                if (member is not null)
                {
                    var before = collector.FailureCount;
                    for (var i = 0; i < member.Count; i++)
                    {
                        var item = member[i];
                        if (item is not null)
                        {
                            var itemBefore = collector.FailureCount;
                            __Validate_PortMapping(item, ref collector);
                            if (collector.FailureCount != itemBefore)
                            {
                                collector.PrefixItem(itemBefore, i);
                            }
                        }
                    }

                    if (collector.FailureCount != before)
                    {
                        collector.Prefix(before, "Ports");
                    }
                }
            }

            {
                var member = value.Resources;
                if (member is not null)
                {
                    var before = collector.FailureCount;
                    __Validate_ResourceLimits(member, ref collector);
                    if (collector.FailureCount != before)
                    {
                        collector.Prefix(before, "Resources");
                    }
                }
            }
        }

        private static void __Validate_ResourceLimits(global::Toolkit.Validation.Tests.Samples.ResourceLimits value, ref global::Toolkit.Validation.ValidationCollector collector)
        {
            {
                var member = value.MemoryMb;
                if (member < 4 || member > 1048576)
                {
                    collector.Add("MemoryMb", "Range", __Rules.ResourceLimits_MemoryMb_Range.FormatErrorMessage("MemoryMb"));
                }
            }

            {
                var member = value.MemoryReservationMb;
                if (member.HasValue && (member.GetValueOrDefault() < 0 || member.GetValueOrDefault() > 1048576))
                {
                    collector.Add("MemoryReservationMb", "Range", __Rules.ResourceLimits_MemoryReservationMb_Range.FormatErrorMessage("MemoryReservationMb"));
                }
            }

            {
                var member = value.StopTimeout;
                if (!__Rules.ResourceLimits_StopTimeout_Range_Limits.Contains(member))
                {
                    collector.Add("StopTimeout", "Range", __Rules.ResourceLimits_StopTimeout_Range.FormatErrorMessage("StopTimeout"));
                }
            }

            {
                var member = value.CpuPercent;
                if (!__Rules.ResourceLimits_CpuPercent_Range_Limits.Contains(member))
                {
                    collector.Add("CpuPercent", "Range", __Rules.ResourceLimits_CpuPercent_Range.FormatErrorMessage("CpuPercent"));
                }
            }
        }

        private static void __Validate_PortMapping(global::Toolkit.Validation.Tests.Samples.PortMapping value, ref global::Toolkit.Validation.ValidationCollector collector)
        {
            {
                var member = value.ContainerPort;
                if (member < 1 || member > 65535)
                {
                    collector.Add("ContainerPort", "Range", __Rules.PortMapping_ContainerPort_Range.FormatErrorMessage("ContainerPort"));
                }
            }

            {
                var member = value.HostPort;
                if (member < 0 || member > 65535)
                {
                    collector.Add("HostPort", "Range", __Rules.PortMapping_HostPort_Range.FormatErrorMessage("HostPort"));
                }
            }

            {
                var member = value.Protocol;
                if (!(string.Equals(member, "tcp") || string.Equals(member, "udp") || string.Equals(member, "sctp")))
                {
                    collector.Add("Protocol", "AllowedValues", __Rules.PortMapping_Protocol_AllowedValues.FormatErrorMessage("Protocol"));
                }
            }
        }

        // Attribute instances are created once, on first use of this class; they format messages exactly as
        // DataAnnotations does (ErrorMessage, resources, current culture) and run the rules that cannot be inlined.
        private static class __Rules
        {
            internal static string NotNullMessage(string name) => global::Toolkit.Validation.ValidationMessages.NotNull(name);

            internal static readonly global::System.ComponentModel.DataAnnotations.RequiredAttribute StopAsync_id_Required = new global::System.ComponentModel.DataAnnotations.RequiredAttribute();
            internal static readonly global::System.ComponentModel.DataAnnotations.StringLengthAttribute StopAsync_id_StringLength = new global::System.ComponentModel.DataAnnotations.StringLengthAttribute(64) { MinimumLength = 1 };
            internal static readonly global::System.ComponentModel.DataAnnotations.RangeAttribute StopAsync_timeoutSeconds_Range = new global::System.ComponentModel.DataAnnotations.RangeAttribute(0, 3600);
            internal static readonly global::System.ComponentModel.DataAnnotations.MinLengthAttribute Login_password_MinLength = new global::System.ComponentModel.DataAnnotations.MinLengthAttribute(8);

            internal static readonly global::System.ComponentModel.DataAnnotations.RequiredAttribute ContainerConfig_Name_Required = new global::System.ComponentModel.DataAnnotations.RequiredAttribute();
            internal static readonly global::System.ComponentModel.DataAnnotations.StringLengthAttribute ContainerConfig_Name_StringLength = new global::System.ComponentModel.DataAnnotations.StringLengthAttribute(63) { MinimumLength = 2 };
            internal static readonly global::System.ComponentModel.DataAnnotations.RequiredAttribute ContainerConfig_Image_Required = new global::System.ComponentModel.DataAnnotations.RequiredAttribute() { AllowEmptyStrings = false };
            internal static readonly global::System.ComponentModel.DataAnnotations.MaxLengthAttribute ContainerConfig_Image_MaxLength = new global::System.ComponentModel.DataAnnotations.MaxLengthAttribute(200);
            internal static readonly global::System.ComponentModel.DataAnnotations.RegularExpressionAttribute ContainerConfig_Hostname_RegularExpression = new global::System.ComponentModel.DataAnnotations.RegularExpressionAttribute("[a-z0-9]([-a-z0-9]*[a-z0-9])?") { ErrorMessage = "{0} must be a lowercase DNS label." };
            internal static readonly global::System.Text.RegularExpressions.Regex ContainerConfig_Hostname_Regex = global::Toolkit.Validation.PatternMatch.Create("[a-z0-9]([-a-z0-9]*[a-z0-9])?", 2000);
            internal static readonly global::System.ComponentModel.DataAnnotations.RangeAttribute ContainerConfig_Cpus_Range = new global::System.ComponentModel.DataAnnotations.RangeAttribute(0.1, 64.0);
            internal const double ContainerConfig_Cpus_Range_Minimum = 0.1;
            internal const double ContainerConfig_Cpus_Range_Maximum = 64.0;
            internal static readonly global::System.ComponentModel.DataAnnotations.AllowedValuesAttribute ContainerConfig_RestartPolicy_AllowedValues = new global::System.ComponentModel.DataAnnotations.AllowedValuesAttribute("no", "always", "on-failure", "unless-stopped");
            internal static readonly global::System.ComponentModel.DataAnnotations.DeniedValuesAttribute ContainerConfig_User_DeniedValues = new global::System.ComponentModel.DataAnnotations.DeniedValuesAttribute("root", "0");
            internal static readonly global::System.ComponentModel.DataAnnotations.Base64StringAttribute ContainerConfig_RegistryAuth_Base64String = new global::System.ComponentModel.DataAnnotations.Base64StringAttribute();
            internal static readonly global::Toolkit.Validation.Tests.Samples.NetworkNameAttribute ContainerConfig_Network_NetworkName = new global::Toolkit.Validation.Tests.Samples.NetworkNameAttribute();
            internal static readonly global::System.ComponentModel.DataAnnotations.LengthAttribute ContainerConfig_Ports_Length = new global::System.ComponentModel.DataAnnotations.LengthAttribute(0, 8);
            internal static readonly global::System.ComponentModel.DataAnnotations.RequiredAttribute ContainerConfig_Resources_Required = new global::System.ComponentModel.DataAnnotations.RequiredAttribute();

            internal static readonly global::System.ComponentModel.DataAnnotations.RangeAttribute ResourceLimits_MemoryMb_Range = new global::System.ComponentModel.DataAnnotations.RangeAttribute(4, 1048576);
            internal static readonly global::System.ComponentModel.DataAnnotations.RangeAttribute ResourceLimits_MemoryReservationMb_Range = new global::System.ComponentModel.DataAnnotations.RangeAttribute(0, 1048576);
            internal static readonly global::System.ComponentModel.DataAnnotations.RangeAttribute ResourceLimits_StopTimeout_Range = CreateResourceLimits_StopTimeout_Range();
            internal static readonly global::Toolkit.Validation.RangeLimits<global::System.TimeSpan> ResourceLimits_StopTimeout_Range_Limits = new(ResourceLimits_StopTimeout_Range);
            internal static readonly global::System.ComponentModel.DataAnnotations.RangeAttribute ResourceLimits_CpuPercent_Range = CreateResourceLimits_CpuPercent_Range();
            internal static readonly global::Toolkit.Validation.RangeLimits<decimal> ResourceLimits_CpuPercent_Range_Limits = new(ResourceLimits_CpuPercent_Range);

            internal static readonly global::System.ComponentModel.DataAnnotations.RangeAttribute PortMapping_ContainerPort_Range = new global::System.ComponentModel.DataAnnotations.RangeAttribute(1, 65535);
            internal static readonly global::System.ComponentModel.DataAnnotations.RangeAttribute PortMapping_HostPort_Range = new global::System.ComponentModel.DataAnnotations.RangeAttribute(0, 65535);
            internal static readonly global::System.ComponentModel.DataAnnotations.AllowedValuesAttribute PortMapping_Protocol_AllowedValues = new global::System.ComponentModel.DataAnnotations.AllowedValuesAttribute("tcp", "udp", "sctp");

            [global::System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026:RequiresUnreferencedCode", Justification = "System.TimeSpan has a built-in, non-generic TypeConverter that trimming keeps.")]
            private static global::System.ComponentModel.DataAnnotations.RangeAttribute CreateResourceLimits_StopTimeout_Range()
                => new global::System.ComponentModel.DataAnnotations.RangeAttribute(typeof(global::System.TimeSpan), "00:00:01", "01:00:00");

            [global::System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026:RequiresUnreferencedCode", Justification = "System.Decimal has a built-in, non-generic TypeConverter that trimming keeps.")]
            private static global::System.ComponentModel.DataAnnotations.RangeAttribute CreateResourceLimits_CpuPercent_Range()
                => new global::System.ComponentModel.DataAnnotations.RangeAttribute(typeof(decimal), "0.5", "100") { ParseLimitsInInvariantCulture = true, MinimumIsExclusive = true };
        }
    }
}
