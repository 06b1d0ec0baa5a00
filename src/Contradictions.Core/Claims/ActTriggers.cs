namespace Contradictions.Claims;

/// <summary>
/// The wordings of the acts one side accuses another of, as <see cref="WordPattern"/>s. Order
/// matters: the first pattern to match at a token wins, so specific wordings
/// ("violated the ceasefire") come before general ones ("violated").
/// </summary>
internal static class ActTriggers
{
    public static readonly (WordPattern Pattern, ActKind Act)[] All =
    [
        (new("violat*|breach*|broke|breaking|broken ~3 ceasefire|cease-fire|truce|armistice"), ActKind.CeasefireViolation),
        (new("violat*|breach*|cross*|crossing|intrud*|entered|entering ~3 border|frontier|borders|airspace|territory|territorial|waters"), ActKind.BorderViolation),
        (new("sent|sending|send|sends|moved|moving|deployed|deploying ~4 across|over ~2 border|frontier|line"), ActKind.BorderViolation),
        (new("target|targets|targeted|targeting ~3 civilian|civilians"), ActKind.TargetingCivilians),
        (new("civilian|civilians ~3 are|were|was|being|been ~1 targeted|attacked|shelled|hit|bombed"), ActKind.TargetingCivilians),
        (new("blame|blamed|blames|blaming ~5 for ~2 escalation|attack|attacks|clashes|fighting|violence|outbreak|flare-up|hostilities"), ActKind.Started),
        (new("unleash*|launch* ~3 offensive|assault|operation|invasion"), ActKind.Offensive),
        (new("offensive|assault|onslaught|incursion|invasion"), ActKind.Offensive),
        (new("start|started|starting|began|begin|sparked|instigat*|initiat*|triggered|provoked|launched ~3 attacks|clashes|fighting|escalation|hostilities|war|violence|conflict"), ActKind.Started),
        (new("responsib* ~4 escalation|attack|attacks|clash|clashes|consequences|fighting|violence|aggression|outbreak"), ActKind.Started),
        (new("bears|bear ~2 responsibility"), ActKind.Started),
        (new("sabotage|saboteurs|subversive|subversion"), ActKind.Sabotage),
        (new("provocation|provocations|provocative|provoke|provoking"), ActKind.Provocation),
        (new("aggression|aggressions"), ActKind.Aggression),
        (new("shell|shells|shelled|shelling|bombard*|pound|pounded|pounding|airstrike|airstrikes"), ActKind.Shelling),
        (new("fired|firing|launched ~6 shells|rockets|missiles|mortars|artillery|drones"), ActKind.Shelling),
        (new("tried|tries|trying|try|attempt*|seeking|seeks|sought ~2 advance|capture|seize|take|move|push|storm"), ActKind.Advance),
        (new("moving|moved|move|moves|pushing|pushed ~2 troops|forces|soldiers|tanks|units ~2 into|toward|towards|onto"), ActKind.Advance),
        (new("advancing"), ActKind.Advance),
        (new("opened|open|opening ~1 fire"), ActKind.Attack),
        (new("fired|firing ~3 on|at|against|into|upon"), ActKind.Attack),
        (new("came|come|comes|coming ~1 under ~1 fire|attack|attacks"), ActKind.Attack),
        (new("use|uses|using|employ|employs|employing ~2 artillery|mortars|drones|rockets|weapons|tanks"), ActKind.Attack),
        (new("missile|missiles|rocket|rockets|shell|bomb|bombs|drone|drones ~2 hit|hits|struck|slammed"), ActKind.Attack),
        (new("attack|attacks|attacked|attacking|struck|strike|strikes|striking|ambush*|raid|raided|assaulted|bombed|bombing|bombings"), ActKind.Attack),
        (new("killing"), ActKind.Killing),
        (new("blew|blow|blows|blowing|blown ~1 up"), ActKind.Destruction),
        (new("seize|seized|seizes|seizing|seizure|hijack*|detain|detained|detaining|commandeer* ~4 tanker|tankers|ship|ships|vessel|vessels|boat|boats|freighter|aircraft|plane|airliner|crew|sailors"), ActKind.Seizure),
        (new("destroy|destroys|destroyed|destroying|destruction|demolish*|dynamit* ~4 dam|dams|bridge|bridges|plant|station|pipeline|pipelines|infrastructure|hospital|hospitals|school|schools|homes|houses|buildings|church|mosque|reservoir|power"), ActKind.Destruction),
    ];
}
