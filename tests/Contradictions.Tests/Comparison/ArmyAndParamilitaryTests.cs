using Contradictions.Claims;
using Contradictions.Comparison;
using Contradictions.Pipeline;
using Contradictions.Tests.Support;
using Shouldly;
using Xunit;

namespace Contradictions.Tests.Comparison;

/// <summary>
/// The rules on a war inside one country (<c>Cases/Corpora/sudan</c>: the army and a
/// paramilitary force no gazetteer lists, three articles, no parties file): who started it,
/// the denials, and answers in a trailing clause given to the one who answers.
/// </summary>
public sealed class ArmyAndParamilitaryTests : IClassFixture<ArmyAndParamilitaryTests.Run>
{
    private readonly Run _run;
    private readonly AnalysisResult _result;

    public ArmyAndParamilitaryTests(Run run) => (_run, _result) = (run, run.Result);

    private Contradictions.Grouping.Incident Incident => _result.Incidents.Single();

    [Fact]
    public void Each_side_says_the_other_attacked_and_started_it()
    {
        var blame = Incident.Conflicts.Single(c => c.Kind == ConflictKind.Blame);
        blame.Severity.ShouldBe(Severity.Contradiction);
        blame.Accounts.Select(a => a.Party).Order(StringComparer.Ordinal).ShouldBe(["RSF", "Sudan"]);
        blame.Summary.ShouldContain("RSF says Sudan attacked, started it");
        blame.Summary.ShouldContain("Sudan says RSF attacked, started it");
    }

    [Fact]
    public void Starting_the_fighting_is_the_act_of_whoever_attacked_before_the_comma()
    {
        // "… the paramilitary Rapid Support Forces (RSF) attacked its bases in southern Khartoum, starting the fighting."
        var started = _run.ClaimsOf("a-khartoum-wire.md", "starting the fighting").Single(c => c.Accusation?.Act == ActKind.Started);
        started.Accusation!.Actor.ShouldBe("RSF");
    }

    [Fact]
    public void The_paramilitary_denies_the_shelling_it_is_accused_of()
    {
        var denial = Incident.Conflicts.Single(c => c.Kind == ConflictKind.Denial && c.Summary == "Sudan says RSF shelled; RSF denies it");
        denial.Accounts.Single(a => a.Party == "RSF").Claims.ShouldContain(c => c.Text.Contains("denied that its fighters had shelled"));
    }

    [Fact]
    public void The_long_form_an_acronym_was_introduced_with_names_the_same_party()
    {
        // "the paramilitary Rapid Support Forces (RSF)" in one article; "The Rapid Support Forces said …" in another.
        var said = _run.SentenceOf("b-nile-daily.md", "The Rapid Support Forces said");
        said.Attribution.Party.ShouldBe("RSF");
        said.Claims.ShouldContain(c => c.Accusation != null && c.Accusation.Actor == "Sudan" && c.Accusation.Act == ActKind.Attack);
    }

    [Fact]
    public void An_answer_in_a_trailing_clause_is_the_answerer_s()
    {
        // "The army said RSF fighters had killed 20 civilians in Omdurman, which the RSF denied."
        var claims = _run.ClaimsOf("c-observer.md", "which the RSF denied");
        claims.Single(c => c.Denial is not null).Attribution.Party.ShouldBe("RSF");
        claims.Single(c => c.Figure is not null).Attribution.Party.ShouldBe("Sudan");

        // "The RSF said it had taken control of …, a claim the army denied.": that article names
        // no country's army, but another says "Sudan's army said …" and none ties the army to
        // anyone else, so the bare "the army" is Sudan's here too; never the RSF's own denial.
        _run.ClaimsOf("b-nile-daily.md", "a claim the army denied").Single(c => c.Denial is not null).Attribution.Party.ShouldBe("Sudan");
    }

    [Fact]
    public void A_civil_body_named_after_the_country_speaks_for_itself_and_lends_the_army_no_party()
    {
        // "The Sudan Doctors' Committee said the number of civilians killed had risen to 97."
        var committee = _run.SentenceOf("c-observer.md", "Sudan Doctors' Committee");
        committee.Attribution.Party.ShouldBeNull();

        // The next sentence's "The army said …" is the army's, which the corpus ties to Sudan:
        // not the committee's, and not the RSF's, the last party that spoke before it.
        _run.SentenceOf("c-observer.md", "The army said RSF fighters").Attribution.Party.ShouldBe("Sudan");
    }

    /// <summary>One run of the pipeline over the sudan corpus.</summary>
    public sealed class Run() : CaseCorpusRun("sudan");
}
