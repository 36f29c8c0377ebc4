#include "WorkingGroupModel.h"

#include "DocumentMime.h"

namespace Plenary {

WorkingGroupModel::WorkingGroupModel(QObject *parent)
    : QAbstractListModel(parent) {}

QList<int> WorkingGroupModel::counts(const MeetingData &meeting) const {
    QList<int> out(m_groups.size(), 0);
    QHash<QString, int> rows;
    for (int i = 0; i < m_groups.size(); ++i)
        rows.insert(m_groups.at(i).id, i);
    for (const Document &d : meeting.documents) {
        const auto it = rows.constFind(meeting.effectiveWorkingGroup(d));
        if (it != rows.cend())
            ++out[*it];
    }
    return out;
}

void WorkingGroupModel::setMeeting(const MeetingData &meeting) {
    beginResetModel();
    m_groups = meeting.workingGroups;
    m_counts = counts(meeting);
    endResetModel();
}

void WorkingGroupModel::updateCounts(const MeetingData &meeting) {
    const QList<int> fresh = counts(meeting);
    for (int i = 0; i < fresh.size() && i < m_counts.size(); ++i)
        if (fresh.at(i) != m_counts.at(i)) {
            m_counts[i] = fresh.at(i);
            emit dataChanged(index(i), index(i), {Qt::DisplayRole, DocumentCountRole});
        }
}

int WorkingGroupModel::rowOf(const QString &id) const {
    for (int i = 0; i < m_groups.size(); ++i)
        if (m_groups.at(i).id == id)
            return i;
    return -1;
}

int WorkingGroupModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_groups.size());
}

QVariant WorkingGroupModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_groups.size())
        return {};
    const WorkingGroup &g = m_groups.at(index.row());
    const int n = m_counts.value(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1  %2 (%3)").arg(g.id, g.title).arg(n);
    case Qt::ToolTipRole: {
        QStringList leaders;
        for (const Person &p : g.leaders)
            leaders << p.displayName();
        QString tip =
            QStringLiteral("%1 %2\n").arg(g.id, g.title) + tr("%n document(s)", nullptr, n);
        if (!leaders.isEmpty())
            tip += QLatin1Char('\n') + tr("Led by %1").arg(leaders.join(QStringLiteral(", ")));
        return tip;
    }
    case WorkingGroupIdRole:
        return g.id;
    case DocumentCountRole:
        return n;
    default:
        return {};
    }
}

Qt::ItemFlags WorkingGroupModel::flags(const QModelIndex &index) const {
    const Qt::ItemFlags f = QAbstractListModel::flags(index);
    return index.isValid() ? f | Qt::ItemIsDropEnabled : f;
}

QStringList WorkingGroupModel::mimeTypes() const {
    return {DocumentMime::type()};
}

Qt::DropActions WorkingGroupModel::supportedDropActions() const {
    return Qt::CopyAction | Qt::MoveAction;
}

bool WorkingGroupModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                        const QModelIndex &parent) const {
    return parent.isValid() && parent.row() < m_groups.size() &&
           !DocumentMime::decode(data).isEmpty();
}

bool WorkingGroupModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                     int column, const QModelIndex &parent) {
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    emit documentsDropped(DocumentMime::decode(data), m_groups.at(parent.row()).id);
    return true; // accepted; the window allocates (undoably), nothing moves here
}

} // namespace Plenary
