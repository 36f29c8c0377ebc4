# `cpack -G DEB` in a build folder makes a .deb for the Debian release it
# was built on: dependencies from dpkg-shlibdeps (dpkg-dev) plus the Qt
# plugins nothing links to; the release in the version (0.1.0-1~deb13), so
# that the Debian 12 and 13 packages are told apart.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "plenary")
set(CPACK_PACKAGE_VENDOR "The Plenary developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "paperless meetings for standards bodies")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Plenary brings a meeting of a standards body (ITU-T, 3GPP, IEEE 802 and the\n"
    "like) to every delegate's laptop: the draft agenda with the live allocation\n"
    "of contributions, the decisions taken by consensus, the outgoing liaison\n"
    "statements and all the meeting's documents, online or not. The chairman\n"
    "records the session and publishes it to an ordinary WebDAV server.\n"
    "Includes plenary-cli, for scripts and servers.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PLENARY_HOMEPAGE_URL}")
set(CPACK_STRIP_FILES ON)

set(deb_release "1")
if(EXISTS /etc/os-release)
    file(STRINGS /etc/os-release os_id REGEX "^ID=")
    file(STRINGS /etc/os-release os_version REGEX "^VERSION_ID=")
    string(REGEX REPLACE "^VERSION_ID=\"?([0-9]+).*" "\\1" os_version "${os_version}")
    if(os_id STREQUAL "ID=debian" AND os_version)
        set(deb_release "1~deb${os_version}")
    endif()
endif()
set(CPACK_DEBIAN_PACKAGE_RELEASE "${deb_release}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "The Plenary developers <plenary@plenary.invalid>")
set(CPACK_DEBIAN_PACKAGE_SECTION "office")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: the SQLite driver
# of Qt Sql and the platform plugins (xcb, wayland) of Qt Gui.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
# Office documents are shown through LibreOffice; passwords are kept by a
# Secret Service (GNOME Keyring, KWallet).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libreoffice-writer-nogui | libreoffice-writer, gnome-keyring | kwalletmanager")

include(CPack)
