using Subsidia.Domain.Calendar;
using Subsidia.Domain.Subsidies.Grants;

namespace Subsidia.Domain.Subsidies.Obligations;

/// <summary>Builds every dated duty of a grant from its convention, its schedule, its decision and the law.</summary>
/// <remarks>
/// Computed deadlines follow rules.md §4: contractual "N mois à compter de" under R-32/R-35 (same day number, clamped,
/// moved past non-working days); appeals as délais francs; CERFA 15059 six months after the financial year end,
/// clamped and moved past non-working days; open data three months after signature. Dates the convention
/// writes itself are kept as written. Retention runs from the end of the convention, else of the funded period.
/// </remarks>
public static class ObligationSchedule
{
    /// <summary>The obligations of <paramref name="grant"/>, in due-date order (undated ones last).</summary>
    public static IReadOnlyList<Obligation> For(GrantFile grant, FrenchCalendar calendar, ObligationOptions options)
    {
        ArgumentNullException.ThrowIfNull(grant);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(options);
        var list = new List<Obligation>();
        var convention = grant.Convention;
        var decision = grant.Decision;

        if (grant.Schedule is { RequestDeadlineMonths: { } months } schedule)
        {
            var hasBalance = schedule.Instalments.Any(i => i.IsBalance) && schedule.Instalments.Count > 1;
            list.Add(new Obligation(grant.Id, ObligationKind.PaymentRequest,
                (hasBalance ? "Demande de paiement du solde" : "Demande de paiement") + $" dans les {months} mois de la notification, faute de quoi la subvention est caduque",
                grant.NotifiedOn, schedule.RequestDeadline(grant.PaymentContext(calendar)), schedule.DeadlineClause ?? "Convention",
                Discharge.ByAction, true, FirstReceived(grant, DocumentKind.WrittenPaymentRequest),
                grant.NotifiedOn is null ? "date de notification de la convention inconnue" : null));
        }

        if (convention is not null)
        {
            foreach (var duty in convention.Duties)
            {
                var opens = duty.OpensOn ?? FrenchCalendar.AddMonthsClamped(duty.DueOn, -options.ReminderMonths);
                list.Add(new Obligation(grant.Id, duty.Kind, duty.Label, opens, duty.DueOn, duty.SourceClause, Discharge.ByAction,
                    false, MetOn(grant, duty.Kind), null));
            }

            var cerfaDue = convention.FinancialYearEnd is { } yearEnd
                ? calendar.OnOrNextWorkingDay(FrenchCalendar.AddMonthsClamped(yearEnd, 6))
                : (DateOnly?)null;
            list.Add(new Obligation(grant.Id, ObligationKind.FinancialReportCerfa15059,
                "Compte rendu financier (CERFA 15059) dans les six mois de la clôture de l'exercice",
                cerfaDue is { } d ? FrenchCalendar.AddMonthsClamped(d, -options.ReminderMonths) : null, cerfaDue,
                "Loi n° 2000-321, art. 10 ; arrêté du 11 octobre 2006 (R-23)", Discharge.ByAction, false,
                MetOn(grant, ObligationKind.FinancialReportCerfa15059),
                cerfaDue is null ? "exercice de référence non précisé par la convention" : null));

            if (grant.AmountGranted > options.OpenDataThreshold && (convention.SignedOn is null || convention.SignedOn >= options.OpenDataFrom))
            {
                list.Add(new Obligation(grant.Id, ObligationKind.OpenDataPublication,
                    "Publication des données essentielles de la convention en open data dans les trois mois de la signature",
                    convention.SignedOn, convention.SignedOn is { } s ? calendar.ContractualDeadline(s, 3) : null,
                    "Décret n° 2017-779 ; arrêté du 17 novembre 2017 (R-28)", Discharge.ByAction, false, grant.OpenDataPublishedOn,
                    convention.SignedOn is null ? "convention non signée" : null));
            }

            var end = convention.EndsOn ?? grant.Request.PeriodEnd;
            list.Add(new Obligation(grant.Id, ObligationKind.DocumentRetention,
                $"Conservation des pièces justificatives pendant {convention.RetentionYears} ans",
                end, end?.AddYears(convention.RetentionYears), "Convention, article 4 (R-20)", Discharge.ByTime, false, null,
                end is null ? "fin de la convention inconnue" : null));

            if (convention.EndsOn is { } endsOn)
            {
                list.Add(new Obligation(grant.Id, ObligationKind.ConventionEnd, "Fin de la convention",
                    convention.EntryIntoForceOn(decision?.PrefectureReceivedOn, grant.NotifiedOn), endsOn, "Convention, article 4",
                    Discharge.ByTime, false, null, null));
            }
        }

        if (decision is not null)
        {
            list.Add(new Obligation(grant.Id, ObligationKind.AppealDeadline,
                $"Délai de recours contentieux contre la délibération n° {decision.ActNumber} ({options.AppealMonths} mois, délai franc, à compter de sa publication)",
                decision.PublishedOn, decision.PublishedOn is { } p ? calendar.DelaiFranc(p, options.AppealMonths) : null,
                "CJA R421-1 (R-19, R-33)", Discharge.ByTime, false, null,
                decision.PublishedOn is null ? "date de publication inconnue" : null));
            list.Add(new Obligation(grant.Id, ObligationKind.PrefectReferralDeadline,
                $"Délai de déféré préfectoral ({options.AppealMonths} mois, délai franc, à compter de la réception en préfecture)",
                decision.PrefectureReceivedOn, decision.PrefectureReceivedOn is { } r ? calendar.DelaiFranc(r, options.AppealMonths) : null,
                "CGCT L2131-6 (R-19, R-33)", Discharge.ByTime, false, null,
                decision.PrefectureReceivedOn is null ? "date de réception en préfecture inconnue" : null));
        }

        return list.OrderBy(o => o.DueOn is null).ThenBy(o => o.DueOn).ToList();
    }

    /// <summary>
    /// What is due, late or lapsed on <paramref name="on"/> across <paramref name="grants"/>, by due date: the list behind
    /// <c>subsidia deadlines --on DATE</c> and <c>GET /api/obligations?on=DATE</c>.
    /// </summary>
    public static IReadOnlyList<ObligationStatus> Outstanding(IEnumerable<GrantFile> grants, DateOnly on, FrenchCalendar calendar,
        ObligationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(grants);
        return grants
            .SelectMany(g => For(g, calendar, options ?? ObligationOptions.Default))
            .Select(o => new ObligationStatus(o, o.StateOn(on)))
            .Where(s => s.State is ObligationState.Due or ObligationState.Late or ObligationState.Lapsed)
            .OrderBy(s => s.Obligation.DueOn)
            .ToList();
    }

    private static DateOnly? MetOn(GrantFile grant, ObligationKind kind) => kind switch
    {
        ObligationKind.InterimReview => FirstReceived(grant, DocumentKind.InterimActivityReport),
        ObligationKind.FinalReports => Latest(FirstReceived(grant, DocumentKind.FinalFinancialReport), FirstReceived(grant, DocumentKind.FinalActivityReport)),
        ObligationKind.FinancialReportCerfa15059 => Earliest(FirstReceived(grant, DocumentKind.Cerfa15059), FirstReceived(grant, DocumentKind.FinalFinancialReport)),
        ObligationKind.PaymentRequest => FirstReceived(grant, DocumentKind.WrittenPaymentRequest),
        ObligationKind.OpenDataPublication => grant.OpenDataPublishedOn,
        _ => null,
    };

    private static DateOnly? FirstReceived(GrantFile grant, DocumentKind kind) =>
        grant.Documents.Where(d => d.Kind == kind).Select(d => (DateOnly?)d.ReceivedOn).Min();

    /// <summary>Both documents are needed: met on the later of the two.</summary>
    private static DateOnly? Latest(DateOnly? a, DateOnly? b) => a is null || b is null ? null : (a > b ? a : b);

    /// <summary>Either document will do: met on the earlier of the two.</summary>
    private static DateOnly? Earliest(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a < b ? a : b);
}
