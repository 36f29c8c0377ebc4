#include "AgendaModel.h"

#include "DocumentMime.h"

namespace Plenary {

AgendaModel::AgendaModel(QObject *parent)
    : QAbstractItemModel(parent) {}

void AgendaModel::addItems(const QList<AgendaItem> &items, int parent) {
    for (const AgendaItem &item : items) {
        const int id = int(m_nodes.size());
        Node n;
        n.id = item.id;
        n.title = item.title;
        n.parent = parent;
        QList<int> &siblings = parent < 0 ? m_topLevel : m_nodes[size_t(parent)].children;
        n.row = int(siblings.size());
        siblings << id;
        m_nodes.push_back(std::move(n));
        addItems(item.items, id);
    }
}

void AgendaModel::setMeeting(const MeetingData &meeting) {
    beginResetModel();
    m_nodes.clear();
    m_topLevel.clear();
    addItems(meeting.agenda, -1);
    m_current = meeting.currentItem;
    count(meeting);
    endResetModel();
}

void AgendaModel::updateCounts(const MeetingData &meeting) {
    std::vector<Node> before = m_nodes;
    count(meeting);
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        const Node &a = before[i], &b = m_nodes[i];
        if (a.documents != b.documents || a.subtreeDocuments != b.subtreeDocuments ||
            a.perWorkingGroup != b.perWorkingGroup) {
            // Only the count's cell: a whole row would make views re-measure
            // every column.
            const QModelIndex cell = createIndex(b.row, DocumentsColumn, quintptr(i));
            emit dataChanged(
                cell, cell,
                {Qt::DisplayRole, Qt::ToolTipRole, DocumentCountRole, SubtreeDocumentCountRole});
        }
    }
    setCurrentItem(meeting.currentItem);
}

void AgendaModel::setCurrentItem(const QString &id) {
    if (id == m_current)
        return;
    const QModelIndex old = indexForId(m_current);
    m_current = id;
    for (const QModelIndex &i : {old, indexForId(id)})
        if (i.isValid())
            emit dataChanged(i, i.siblingAtColumn(ColumnCount - 1), {CurrentRole});
}

void AgendaModel::count(const MeetingData &meeting) {
    for (Node &n : m_nodes) {
        n.documents = 0;
        n.subtreeDocuments = 0;
        n.perWorkingGroup.clear();
    }
    QHash<QString, int> byId;
    for (size_t i = 0; i < m_nodes.size(); ++i)
        byId.insert(m_nodes[i].id, int(i));
    for (const Document &doc : meeting.documents) {
        const auto it = byId.constFind(meeting.effectiveAgendaItem(doc));
        if (it == byId.cend())
            continue;
        Node &n = m_nodes[size_t(*it)];
        ++n.documents;
        const QString wg = meeting.effectiveWorkingGroup(doc);
        if (!wg.isEmpty())
            ++n.perWorkingGroup[wg];
        for (int p = *it; p >= 0; p = m_nodes[size_t(p)].parent)
            ++m_nodes[size_t(p)].subtreeDocuments;
    }
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex &index) const {
    const Qt::ItemFlags f = QAbstractItemModel::flags(index);
    return index.isValid() ? f | Qt::ItemIsDropEnabled : f;
}

QStringList AgendaModel::mimeTypes() const {
    return {DocumentMime::type()};
}

Qt::DropActions AgendaModel::supportedDropActions() const {
    return Qt::CopyAction | Qt::MoveAction;
}

bool AgendaModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                  const QModelIndex &parent) const {
    return node(parent) && !DocumentMime::decode(data).isEmpty();
}

bool AgendaModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                               const QModelIndex &parent) {
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    emit documentsDropped(DocumentMime::decode(data), node(parent)->id);
    // Accepted; the allocation is the window's to make (undoably), and the
    // drag is a copy, so no view removes the dragged rows.
    return true;
}

const AgendaModel::Node *AgendaModel::node(const QModelIndex &index) const {
    if (!index.isValid() || index.internalId() >= m_nodes.size())
        return nullptr;
    return &m_nodes[size_t(index.internalId())];
}

QModelIndex AgendaModel::indexForId(const QString &id) const {
    for (size_t i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].id == id)
            return createIndex(m_nodes[i].row, 0, quintptr(i));
    return {};
}

QStringList AgendaModel::subtreeIds(const QString &id) const {
    const QModelIndex start = indexForId(id);
    if (!start.isValid())
        return {};
    QStringList ids;
    QList<int> stack{int(start.internalId())};
    while (!stack.isEmpty()) {
        const Node &n = m_nodes[size_t(stack.takeLast())];
        ids << n.id;
        stack << n.children;
    }
    return ids;
}

QModelIndex AgendaModel::index(int row, int column, const QModelIndex &parent) const {
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const Node *p = node(parent);
    const QList<int> &children = p ? p->children : m_topLevel;
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex AgendaModel::parent(const QModelIndex &child) const {
    const Node *n = node(child);
    if (!n || n->parent < 0)
        return {};
    return createIndex(m_nodes[size_t(n->parent)].row, 0, quintptr(n->parent));
}

int AgendaModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return int(m_topLevel.size());
    if (parent.column() != 0)
        return 0;
    const Node *n = node(parent);
    return n ? int(n->children.size()) : 0;
}

int AgendaModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const {
    const Node *n = node(index);
    if (!n)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return n->id;
        case TitleColumn:
            return n->title;
        case DocumentsColumn:
            // Show the subtree's total on a collapsed parent's line as well.
            return n->subtreeDocuments ? QVariant(n->subtreeDocuments) : QVariant(QString());
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("%1  %2").arg(n->id, n->title);
        if (n->documents)
            tip += QLatin1Char('\n') + tr("%n document(s) allocated", nullptr, n->documents);
        for (auto it = n->perWorkingGroup.cbegin(); it != n->perWorkingGroup.cend(); ++it)
            tip += QLatin1Char('\n') + tr("%1: %n document(s)", nullptr, it.value()).arg(it.key());
        return tip;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == DocumentsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case AgendaIdRole:
        return n->id;
    case DocumentCountRole:
        return n->documents;
    case SubtreeDocumentCountRole:
        return n->subtreeDocuments;
    case CurrentRole: // the view shows it (core has no fonts)
        return !m_current.isEmpty() && n->id == m_current;
    default:
        break;
    }
    return {};
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Item");
    case TitleColumn:
        return tr("Title");
    case DocumentsColumn:
        return tr("Docs");
    }
    return {};
}

} // namespace Plenary
