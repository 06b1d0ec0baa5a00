namespace Contradictions.Claims;

/// <summary>The acts one side accuses another of, normalized so accounts can be compared.</summary>
public enum ActKind
{
    /// <summary>Attacked, struck, opened fire, fired on.</summary>
    Attack,

    /// <summary>Shelled, bombarded, pounded with artillery.</summary>
    Shelling,

    /// <summary>Launched or unleashed an offensive.</summary>
    Offensive,

    /// <summary>Started, sparked or instigated the fighting; bears responsibility for the escalation.</summary>
    Started,

    /// <summary>Violated or breached a ceasefire or truce.</summary>
    CeasefireViolation,

    /// <summary>Violated or crossed a border.</summary>
    BorderViolation,

    /// <summary>Provoked; provocations.</summary>
    Provocation,

    /// <summary>Sabotage, subversive operations, mines laid by saboteurs.</summary>
    Sabotage,

    /// <summary>Targeted civilians, civilian settlements or civilian infrastructure.</summary>
    TargetingCivilians,

    /// <summary>Tried to advance, capture or move into territory.</summary>
    Advance,

    /// <summary>Aggression.</summary>
    Aggression,

    /// <summary>Killed people.</summary>
    Killing,

    /// <summary>Blowing up or destroying a structure: a dam, a bridge, a plant, homes.</summary>
    Destruction,

    /// <summary>Seizing or detaining a ship, an aircraft or its crew.</summary>
    Seizure,
}
