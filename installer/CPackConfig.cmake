# CPack settings shared by all generators; generator-specific blocks below.
set(CPACK_PACKAGE_NAME "mpio-wizard")
set(CPACK_PACKAGE_VENDOR "mpio-wizard project")
set(CPACK_PACKAGE_CONTACT "mpio-wizard maintainers <mpio-wizard@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "MPIO Wizard")
set(CPACK_PACKAGE_EXECUTABLES "mpio-wizard;MPIO Wizard")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)

# Debian 12: dpkg-shlibdeps computes the library dependencies from the binaries; the explicit list names the
# Qt plugins' packages it cannot see (libqt6svg6 provides the SVG icon engine loaded at run time).
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6 (>= 6.4), qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/mpio-wizard/mpio-wizard")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "iSCSI multipath between TrueNAS SCALE and VMware ESXi
 A wizard (mpio-wizard), a command-line tool (mpioctl) and a virtual lab (mpio-lab)
 that plan, apply, verify and roll back iSCSI multipath set-ups.")

# Windows (WiX): the upgrade GUID must never change, or new versions install beside old ones.
set(CPACK_WIX_UPGRADE_GUID "6F0E3C52-8B1D-4A7E-9C24-3D5B7A1E9F40")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "MPIO Wizard")

# macOS (DragNDrop)
set(CPACK_DMG_VOLUME_NAME "MPIO Wizard")

if(WIN32)
    set(CPACK_GENERATOR "WIX;ZIP")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
endif()

include(CPack)
