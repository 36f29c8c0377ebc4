#include "DocumentTableModel.h"

#include "DocumentMime.h"

#include <QSet>

#include <QLocale>

namespace Plenary {

DocumentTableModel::DocumentTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void DocumentTableModel::setMeeting(const MeetingData &meeting) {
    beginResetModel();
    m_meeting = meeting;
    m_rows.clear();
    for (int i = 0; i < m_meeting.documents.size(); ++i)
        m_rows.insert(m_meeting.documents.at(i).number, i);
    m_noted = notedDocuments();
    endResetModel();
}

QSet<QString> DocumentTableModel::notedDocuments() const {
    // Notes follow revisions: a document whose earlier version has notes
    // has notes too.
    QSet<QString> noted;
    if (m_meeting.notes.isEmpty())
        return noted;
    for (const Document &d : m_meeting.documents)
        if (!m_meeting.notesFor(d.number).isEmpty())
            noted.insert(d.number);
    return noted;
}

void DocumentTableModel::setNotes(const QList<Note> &notes,
                                  const QHash<QString, Position> &positions) {
    m_meeting.notes = notes;
    m_meeting.positions = positions;
    const QSet<QString> before = std::exchange(m_noted, notedDocuments());
    QSet<QString> changed = before + m_noted;
    changed -= before & m_noted;
    for (const QString &number : std::as_const(changed)) {
        const int row = rowOf(number);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {NotesRole});
    }
}

bool DocumentTableModel::setSession(const SessionState &s) {
    QStringList added;
    for (const Document &d : m_meeting.documents)
        if (d.addedInSession)
            added << d.number;
    QStringList incoming;
    for (const Document &d : s.addedDocuments)
        incoming << d.number;
    if (added != incoming)
        return false;
    // Rows to repaint: allocation changed, or an outcome naming them changed.
    QSet<QString> touched;
    for (auto it = s.allocations.cbegin(); it != s.allocations.cend(); ++it) {
        const auto old = m_meeting.allocations.constFind(it.key());
        if (old == m_meeting.allocations.cend() || !(*old == *it))
            touched.insert(it.key());
    }
    for (auto it = m_meeting.allocations.cbegin(); it != m_meeting.allocations.cend(); ++it)
        if (!s.allocations.contains(it.key()))
            touched.insert(it.key());
    QHash<QString, const Outcome *> before;
    for (const Outcome &o : m_meeting.outcomes)
        before.insert(o.uid, &o);
    QSet<QString> seen;
    for (const Outcome &o : s.outcomes) {
        seen.insert(o.uid);
        const Outcome *b = before.value(o.uid);
        if (!b || !b->sameAs(o))
            for (const QString &n : o.documents)
                touched.insert(n);
    }
    for (const Outcome &o : m_meeting.outcomes)
        if (!seen.contains(o.uid))
            for (const QString &n : o.documents)
                touched.insert(n);
    m_meeting.currentItem = s.currentItem;
    m_meeting.allocations = s.allocations;
    m_meeting.outcomes = s.outcomes;
    m_meeting.liaisons = s.liaisons;
    for (const QString &n : std::as_const(touched)) {
        const int row = rowOf(n);
        if (row >= 0)
            emit dataChanged(index(row, WorkingGroupColumn), index(row, ReplacedByColumn),
                             {Qt::DisplayRole, Qt::ToolTipRole, AgendaItemRole, WorkingGroupRole,
                              SortRole, SearchTextRole});
    }
    return true;
}

Qt::ItemFlags DocumentTableModel::flags(const QModelIndex &index) const {
    const Qt::ItemFlags f = QAbstractTableModel::flags(index);
    return index.isValid() ? f | Qt::ItemIsDragEnabled : f;
}

QStringList DocumentTableModel::mimeTypes() const {
    return {DocumentMime::type()};
}

QMimeData *DocumentTableModel::mimeData(const QModelIndexList &indexes) const {
    QStringList numbers;
    for (const QModelIndex &i : indexes) {
        const QString n = i.data(NumberRole).toString();
        if (i.isValid() && !numbers.contains(n))
            numbers << n;
    }
    return numbers.isEmpty() ? nullptr : DocumentMime::encode(numbers);
}

Qt::DropActions DocumentTableModel::supportedDragActions() const {
    return Qt::CopyAction;
}

int DocumentTableModel::rowOf(const QString &number) const {
    return m_rows.value(number, -1);
}

void DocumentTableModel::setDocumentState(const QString &number, FileState state) {
    const int row = rowOf(number);
    if (row < 0 || m_meeting.documentStates.value(number, FileState(-1)) == state)
        return;
    m_meeting.documentStates.insert(number, state);
    const QModelIndex cell = index(row, StateColumn);
    emit dataChanged(cell, cell, {Qt::DisplayRole, StateRole});
}

void DocumentTableModel::setOpened(const QString &number) {
    const int row = rowOf(number);
    if (row < 0 || m_meeting.opened.contains(number))
        return;
    m_meeting.opened.insert(number);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {OpenedRole});
}

int DocumentTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_meeting.documents.size());
}

int DocumentTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString DocumentTableModel::displayText(const Document &doc, int column) const {
    switch (column) {
    case NumberColumn:
        return doc.number;
    case TitleColumn:
        if (doc.title.isEmpty()) {
            // A folder without a manifest gives numbers, not titles: the file
            // names are the best description there is.
            QStringList names;
            for (const DocumentFile &f : doc.files)
                names << f.name;
            return names.join(QStringLiteral(", "));
        }
        return doc.title;
    case SourceColumn:
        return doc.source;
    case TypeColumn:
        return label(doc.type);
    case ForColumn:
        return label(doc.purpose);
    case WorkingGroupColumn:
        return m_meeting.effectiveWorkingGroup(doc);
    case AgendaItemColumn:
        return m_meeting.effectiveAgendaItem(doc);
    case OutcomeColumn: {
        const Outcome *o = m_meeting.latestOutcome(doc.number);
        return o ? label(o->status) : QString();
    }
    case ReplacedByColumn:
        return doc.replacedBy;
    case StateColumn: {
        const auto it = m_meeting.documentStates.constFind(doc.number);
        return it == m_meeting.documentStates.cend() ? QString() : label(*it);
    }
    case ReceivedColumn:
        // Short: within one meeting the year says nothing. UTC, like the deadline.
        return doc.received.isValid()
                   ? QLocale().toString(doc.received.toUTC().date(), QLocale::ShortFormat) +
                         QLatin1Char(' ') + doc.received.toUTC().toString(QStringLiteral("HH:mm"))
                   : QString();
    }
    return {};
}

QVariant DocumentTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_meeting.documents.size())
        return {};
    const Document &doc = m_meeting.documents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(doc, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return doc.title;
        if (index.column() == ReceivedColumn && m_meeting.isLate(doc))
            return tr("Received after the contribution deadline (%1)")
                .arg(QLocale().toString(m_meeting.meeting.contributionDeadline,
                                        QLocale::ShortFormat));
        if (index.column() == OutcomeColumn) {
            const Outcome *o = m_meeting.latestOutcome(doc.number);
            return o ? o->text : QString();
        }
        return {};
    case NumberRole:
        return doc.number;
    case AgendaItemRole:
        return m_meeting.effectiveAgendaItem(doc);
    case WorkingGroupRole:
        return m_meeting.effectiveWorkingGroup(doc);
    case LateRole:
        return m_meeting.isLate(doc);
    case SortRole:
        if (index.column() == ReceivedColumn)
            return doc.received;
        if (index.column() == AgendaItemColumn) {
            // "6.a.i" sorts after "6" and before "10": pad each numeric part.
            QString key;
            for (const QString &part : displayText(doc, AgendaItemColumn).split(QLatin1Char('.'))) {
                bool numeric = false;
                const int n = part.toInt(&numeric);
                key += (numeric ? QStringLiteral("%1").arg(n, 4, 10, QLatin1Char('0')) : part) +
                       QLatin1Char('.');
            }
            return key;
        }
        return displayText(doc, index.column());
    case TypeRole:
        return int(doc.type);
    case OutcomeRole: {
        const Outcome *o = m_meeting.latestOutcome(doc.number);
        return o ? int(o->status) : -1;
    }
    case OpenedRole:
        return m_meeting.opened.contains(doc.number);
    case NotesRole:
        return m_noted.contains(doc.number);
    case StateRole: {
        const auto it = m_meeting.documentStates.constFind(doc.number);
        return it == m_meeting.documentStates.cend() ? -1 : int(*it);
    }
    case SearchTextRole:
        return doc.number + QLatin1Char(' ') + doc.title + QLatin1Char(' ') + doc.source;
    default:
        break;
    }
    return {};
}

QVariant DocumentTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case TitleColumn:
        return tr("Title");
    case SourceColumn:
        return tr("Source");
    case TypeColumn:
        return tr("Type");
    case ForColumn:
        return tr("For");
    case WorkingGroupColumn:
        return tr("WG");
    case AgendaItemColumn:
        return tr("Item");
    case OutcomeColumn:
        return tr("Outcome");
    case ReplacedByColumn:
        return tr("Replaced by");
    case ReceivedColumn:
        return tr("Received");
    case StateColumn:
        return tr("Local copy");
    }
    return {};
}

} // namespace Plenary
