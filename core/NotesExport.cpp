#include "NotesExport.h"

#include "ReportTemplate.h"

#include <QLocale>

#include <algorithm>

namespace Plenary {

QString NotesExport::markdown(const MeetingData &m) {
    QStringList numbers;
    for (const Note &n : m.notes)
        if (!numbers.contains(n.document))
            numbers << n.document;
    for (auto it = m.positions.cbegin(); it != m.positions.cend(); ++it)
        if (!numbers.contains(it.key()))
            numbers << it.key();
    std::sort(numbers.begin(), numbers.end(), [](const QString &a, const QString &b) {
        return QString::compare(a, b, Qt::CaseInsensitive) < 0;
    });

    using T = ReportTemplate;
    QStringList out;
    out << QStringLiteral("# ") + T::escape(tr("My notes: %1").arg(m.meeting.title)) << QString();
    out << T::escape(QStringList{m.meeting.group, m.meeting.venue, T::dates(m.meeting)}.join(
               QStringLiteral(" · ")))
        << QString();
    if (numbers.isEmpty())
        out << tr("*No notes and no positions yet.*") << QString();
    for (const QString &number : std::as_const(numbers)) {
        const Document *d = m.document(number);
        out << (d && !d->title.isEmpty()
                    ? QStringLiteral("## %1 — %2").arg(T::escape(number), T::escape(d->title))
                    : QStringLiteral("## %1").arg(T::escape(number)))
            << QString();
        if (const auto it = m.positions.constFind(number); it != m.positions.cend())
            out << tr("**My position:** %1").arg(label(*it)) << QString();
        QList<Note> notes;
        for (const Note &n : m.notes)
            if (n.document == number)
                notes << n;
        // The whole document's notes first, then page by page.
        std::stable_sort(notes.begin(), notes.end(),
                         [](const Note &a, const Note &b) { return a.page < b.page; });
        for (const Note &n : std::as_const(notes)) {
            const QString where = n.page < 0 ? tr("Document") : tr("Page %1").arg(n.page + 1);
            QString line = QStringLiteral("**%1**").arg(where);
            if (n.updated.isValid())
                line += QStringLiteral(" (%1)").arg(
                    QLocale().toString(n.updated.toLocalTime(), QLocale::ShortFormat));
            out << line << QString() << T::escapeBlock(n.text) << QString();
        }
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace Plenary
