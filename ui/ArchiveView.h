#pragma once

#include "ZipArchive.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Plenary {

/// A ZIP archive in a reader tab: its members with their sizes, and for
/// each one that cannot be opened the reason (an unsafe name, a link, a
/// password, a zip bomb). Activating a member asks for it to be opened.
class ArchiveView : public QWidget {
    Q_OBJECT
public:
    explicit ArchiveView(QWidget *parent = nullptr);

    void setMembers(const QString &archiveName, const QList<ZipArchive::Member> &members);
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void memberActivated(const QString &member);

private:
    QLabel *m_summary;
    QTreeWidget *m_tree;
};

} // namespace Plenary
