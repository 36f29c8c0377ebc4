#include "ReportTemplate.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace Plenary {

namespace {

QString people(const QList<Person> &list) {
    QStringList names;
    for (const Person &p : list)
        names << ReportTemplate::escape(p.displayName());
    return names.join(QStringLiteral(", "));
}

QString itemTitle(const MeetingData &m, const QString &id) {
    const AgendaItem *item = m.agendaItem(id);
    return item ? ReportTemplate::escape(QStringLiteral("%1 %2").arg(item->id, item->title))
                : ReportTemplate::escape(id);
}

// The documents in numeric order (FG-Smart-I-0009 before FG-Smart-I-0010).
void sortByNumber(QList<const Document *> &docs) {
    std::sort(docs.begin(), docs.end(), [](const Document *a, const Document *b) {
        return QString::compare(a->number, b->number, Qt::CaseInsensitive) < 0;
    });
}

QString purposeLabel(const QString &wire) {
    if (wire == QLatin1String("action"))
        return ReportTemplate::tr("action");
    if (wire == QLatin1String("comment"))
        return ReportTemplate::tr("comment");
    return ReportTemplate::tr("information");
}

// "LS-001 “Title” to IEC, ETSI (for comment): approved by consensus;
// liaison officer: Name".
QString liaisonLine(const LiaisonStatement &l) {
    QString line = ReportTemplate::tr("%1 “%2” to %3 (for %4): %5")
                       .arg(ReportTemplate::escape(l.id), ReportTemplate::escape(l.title),
                            ReportTemplate::escape(l.to.join(QStringLiteral(", "))),
                            purposeLabel(l.purpose), label(l.status).toLower());
    if (!l.officer.isEmpty())
        line += ReportTemplate::tr("; liaison officer: %1").arg(ReportTemplate::escape(l.officer));
    return line;
}

} // namespace

QString ReportTemplate::escape(const QString &text) {
    // Backslash escapes for every character with a meaning inline; line
    // breaks become spaces (a title is one line).
    static const QString special = QStringLiteral("\\`*_[]<>|~&");
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t')) {
            out += QLatin1Char(' ');
            continue;
        }
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out.trimmed();
}

QString ReportTemplate::escapeBlock(const QString &text) {
    static const QRegularExpression listLike(QStringLiteral("^(\\d+)([.)])"));
    QStringList lines;
    for (QString line : text.split(QLatin1Char('\n'))) {
        line = escape(line);
        if (line.isEmpty()) {
            lines << QString();
            continue;
        }
        const QChar first = line.at(0);
        if (first == QLatin1Char('#') || first == QLatin1Char('-') || first == QLatin1Char('+') ||
            first == QLatin1Char('=') || first == QLatin1Char(':'))
            line.prepend(QLatin1Char('\\'));
        else if (const auto m = listLike.match(line); m.hasMatch())
            line.insert(m.capturedLength(1), QLatin1Char('\\'));
        lines << line;
    }
    // Collapse runs of blank lines: paragraphs, not vertical space.
    QStringList out;
    for (const QString &l : lines)
        if (!(l.isEmpty() && (out.isEmpty() || out.last().isEmpty())))
            out << l;
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out.join(QLatin1Char('\n'));
}

QString ReportTemplate::describe(const Outcome &o) {
    QString what;
    if (o.status == OutcomeStatus::Revised && !o.target.isEmpty())
        what = tr("Revised to %1").arg(escape(o.target));
    else if (o.status == OutcomeStatus::Merged && !o.target.isEmpty())
        what = tr("Merged into %1").arg(escape(o.target));
    else
        what = label(o.status);
    if (!o.text.isEmpty())
        what = tr("%1: %2").arg(what, escape(o.text));
    return what;
}

QString ReportTemplate::dates(const MeetingInfo &m) {
    const QLocale locale;
    if (!m.start.isValid())
        return {};
    if (!m.end.isValid() || m.end == m.start)
        return locale.toString(m.start, QStringLiteral("d MMMM yyyy"));
    if (m.start.year() == m.end.year() && m.start.month() == m.end.month())
        return tr("%1–%2").arg(QString::number(m.start.day()),
                               locale.toString(m.end, QStringLiteral("d MMMM yyyy")));
    return tr("%1 – %2").arg(locale.toString(m.start, QStringLiteral("d MMMM yyyy")),
                             locale.toString(m.end, QStringLiteral("d MMMM yyyy")));
}

QString ReportTemplate::title(const MeetingData &m, const QString &wg) {
    if (wg.isEmpty())
        return tr("Report of the meeting: %1").arg(m.meeting.title);
    const WorkingGroup *group = m.workingGroup(wg);
    return group && !group->title.isEmpty() ? tr("Report of %1: %2").arg(wg, group->title)
                                            : tr("Report of %1").arg(wg);
}

QString ReportTemplate::workingGroupReport(const MeetingData &m, const QString &wg) {
    const WorkingGroup *group = m.workingGroup(wg);
    QStringList out;
    out << QStringLiteral("# ") + escape(title(m, wg)) << QString();
    out << escape(QStringList{m.meeting.title, m.meeting.venue, dates(m.meeting)}.join(
               QStringLiteral(" · ")))
        << QString();
    if (group && !group->leaders.isEmpty())
        out << tr("- **Leaders:** %1").arg(people(group->leaders)) << QString();

    out << tr("## Terms of reference") << QString();
    out << (group && !group->termsOfReference.isEmpty()
                ? escapeBlock(group->termsOfReference)
                : tr("*No terms of reference are recorded for %1.*").arg(escape(wg)))
        << QString();

    QList<const Document *> docs;
    QSet<QString> numbers;
    for (const Document &d : m.documents)
        if (m.effectiveWorkingGroup(d) == wg) {
            docs << &d;
            numbers.insert(d.number);
        }
    sortByNumber(docs);
    out << tr("## Contributions") << QString();
    if (docs.isEmpty())
        out << tr("*No documents are allocated to %1.*").arg(escape(wg)) << QString();
    for (const Document *d : docs) {
        out << QStringLiteral("### %1 — %2").arg(escape(d->number), escape(d->title));
        out << QString();
        if (!d->source.isEmpty())
            out << tr("- **Source:** %1").arg(escape(d->source));
        if (const QString item = m.effectiveAgendaItem(*d); !item.isEmpty())
            out << tr("- **Agenda item:** %1").arg(itemTitle(m, item));
        if (!d->replaces.isEmpty())
            out << tr("- **Replaces:** %1").arg(escape(d->replaces));
        const Outcome *o = m.latestOutcome(d->number);
        out << tr("- **Outcome:** %1").arg(o ? describe(*o) : tr("not yet treated"));
        out << QString();
    }

    QList<const LiaisonStatement *> liaisons;
    for (const LiaisonStatement &l : m.liaisons)
        for (const QString &a : l.attachments)
            if (numbers.contains(a)) {
                liaisons << &l;
                break;
            }
    out << tr("## Liaison statements") << QString();
    if (liaisons.isEmpty())
        out << tr("*No outgoing liaison statement attaches a document of %1.*").arg(escape(wg))
            << QString();
    for (const LiaisonStatement *l : liaisons)
        out << QStringLiteral("- ") + liaisonLine(*l) << QString();

    out << tr("## Summary") << QString();
    return out.join(QLatin1Char('\n'));
}

QString ReportTemplate::meetingReport(const MeetingData &m) {
    QStringList out;
    out << QStringLiteral("# ") + escape(title(m)) << QString();
    out << escape(QStringList{m.meeting.group, m.meeting.venue, dates(m.meeting)}.join(
               QStringLiteral(" · ")))
        << QString();
    if (!m.meeting.chair.name.isEmpty())
        out << tr("- **Chairman:** %1").arg(escape(m.meeting.chair.displayName()));
    if (!m.meeting.viceChairs.isEmpty())
        out << tr("- **Vice-chairmen:** %1").arg(people(m.meeting.viceChairs));
    out << QString();

    for (const AgendaItem *item : m.flatAgenda()) {
        const int depth = int(item->id.count(QLatin1Char('.')));
        out << QString(qMin(depth + 2, 6), QLatin1Char('#')) + QLatin1Char(' ') +
                   escape(QStringLiteral("%1 %2").arg(item->id, item->title))
            << QString();

        // Decisions on the item itself: the agenda's approval, IPR, next meetings...
        for (const Outcome &o : m.outcomes)
            if (o.agendaItem == item->id && o.documents.isEmpty())
                out << QStringLiteral("- ") + describe(o);
        if (!out.last().isEmpty())
            out << QString();

        // The documents considered: allocated to the item, or decided on under it.
        QList<const Document *> docs;
        for (const Document &d : m.documents) {
            bool here = m.effectiveAgendaItem(d) == item->id;
            for (const Outcome &o : m.outcomes)
                here = here || (o.agendaItem == item->id && o.documents.contains(d.number));
            if (here)
                docs << &d;
        }
        sortByNumber(docs);
        if (!docs.isEmpty()) {
            out << tr("| Document | Title | Source | Outcome |")
                << QStringLiteral("|---|---|---|---|");
            for (const Document *d : docs) {
                const Outcome *o = m.latestOutcome(d->number);
                out << QStringLiteral("| %1 | %2 | %3 | %4 |")
                           .arg(escape(d->number), escape(d->title), escape(d->source),
                                o ? describe(*o) : tr("not treated"));
            }
            out << QString();
        }

        for (const LiaisonStatement &l : m.liaisons)
            if (l.agendaItem == item->id)
                out << QStringLiteral("- ") + liaisonLine(l);
        if (!out.last().isEmpty())
            out << QString();
    }

    if (!m.workingGroups.isEmpty()) {
        out << tr("## Working groups") << QString();
        for (const WorkingGroup &g : m.workingGroups) {
            out << QStringLiteral("### %1 — %2").arg(escape(g.id), escape(g.title)) << QString();
            if (!g.leaders.isEmpty())
                out << tr("- **Leaders:** %1").arg(people(g.leaders)) << QString();
            if (!g.termsOfReference.isEmpty())
                out << escapeBlock(g.termsOfReference) << QString();
        }
    }

    if (!m.liaisons.isEmpty()) {
        out << tr("## Outgoing liaison statements") << QString();
        out << tr("| Liaison statement | Title | To | Status | Liaison officer |")
            << QStringLiteral("|---|---|---|---|---|");
        for (const LiaisonStatement &l : m.liaisons)
            out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                       .arg(escape(l.id), escape(l.title), escape(l.to.join(QStringLiteral(", "))),
                            label(l.status), escape(l.officer));
        out << QString();
    }
    return out.join(QLatin1Char('\n'));
}

QString ReportTemplate::defaultApproval(const MeetingInfo &m) {
    if (!m.end.isValid())
        return {};
    // The template's wording: "Agreed to at the FG Smart meeting, Geneva,
    // 16 June 2010" - the city is the venue's last part but the country.
    const QStringList venue = m.venue.split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QString city = venue.size() >= 3 ? venue.at(venue.size() - 2).trimmed()
                                           : venue.value(venue.size() - 1).trimmed();
    return tr("Agreed to at the %1 meeting, %2, %3")
        .arg(m.group, city, QLocale().toString(m.end, QStringLiteral("d MMMM yyyy")));
}

QString ReportTemplate::liaisonFileName(const MeetingData &m, const LiaisonStatement &l) {
    // The meeting's numbering without its document-kind part:
    // "FG-Smart-I-" -> "FG-Smart", "T25-SG17-C-" -> "T25-SG17", "R1-" -> "R1".
    QStringList parts = m.meeting.documentPrefix.split(QLatin1Char('-'), Qt::SkipEmptyParts);
    if (parts.size() > 1 && parts.last().size() == 1)
        parts.removeLast();
    QString base = parts.isEmpty() ? m.meeting.id : parts.join(QLatin1Char('-'));
    QString name = base + QLatin1Char('-') + l.id;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    name.replace(unsafe, QStringLiteral("_"));
    return name;
}

QString ReportTemplate::liaisonStatement(const MeetingData &m, const LiaisonStatement &l) {
    QStringList out;
    auto row = [&out](const QString &field, const QString &value) {
        out << QStringLiteral("| **%1** | %2 |").arg(field, value);
    };
    // The ITU-T template: a header table of fields, the words LIAISON
    // STATEMENT, the addressees, then the body and the attachments.
    out << QStringLiteral("| **%1** | **%2** |")
               .arg(tr("Liaison statement"), escape(liaisonFileName(m, l)))
        << QStringLiteral("|---|---|");
    row(tr("Question(s):"), escape(l.questions.join(QStringLiteral(", "))));
    QString meetingLine = m.meeting.venue;
    if (const QString d = dates(m.meeting); !d.isEmpty())
        meetingLine = meetingLine.isEmpty() ? d : tr("%1, %2").arg(meetingLine, d);
    row(tr("Meeting:"), escape(meetingLine));
    row(tr("Source:"), escape(l.from.isEmpty() ? m.meeting.group : l.from));
    row(tr("Title:"), escape(l.title));
    out << QString() << tr("## LIAISON STATEMENT") << QString();
    // The addressees head the second table (a Markdown table's first row
    // is its header).
    row(l.purpose == QLatin1String("action")    ? tr("For action to:")
        : l.purpose == QLatin1String("comment") ? tr("For comment to:")
                                                : tr("For information to:"),
        escape(l.to.join(QStringLiteral(", "))));
    out << QStringLiteral("|---|---|");
    if (!l.cc.isEmpty())
        row(tr("Cc:"), escape(l.cc.join(QStringLiteral(", "))));
    row(tr("Approval:"), escape(l.approval));
    row(tr("Deadline:"), l.deadline.isValid()
                             ? QLocale().toString(l.deadline, QStringLiteral("d MMMM yyyy"))
                             : QString());
    QStringList contact;
    for (const QString &part : {l.contact.name, l.contact.organization, l.contact.email})
        if (!part.isEmpty())
            contact << escape(part);
    row(tr("Contact:"), contact.join(QStringLiteral(", ")));
    out << QString();
    if (!l.body.isEmpty())
        out << escapeBlock(l.body) << QString();
    if (!l.attachments.isEmpty()) {
        out << tr("**Attachments:**") << QString();
        for (const QString &a : l.attachments) {
            const Document *d = m.document(a);
            out << (d && !d->title.isEmpty()
                        ? QStringLiteral("- %1: %2").arg(escape(a), escape(d->title))
                        : QStringLiteral("- %1").arg(escape(a)));
        }
        out << QString();
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace Plenary
