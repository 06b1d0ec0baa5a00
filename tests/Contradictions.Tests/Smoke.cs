namespace Contradictions.Tests; public class SmokeTests { [Xunit.Fact] public void Runs() => Shouldly.ShouldBeBooleanExtensions.ShouldBeTrue(true); }
