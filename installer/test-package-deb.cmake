# Package test: extract the built .deb into a throwaway root and run the installed binaries.
# Usage: cmake -DBINARY_DIR=<release build dir> -P test-package-deb.cmake
# It FAILS (never skips) when no .deb exists: `./run.sh package` builds it first.
file(GLOB debs "${BINARY_DIR}/mpio-wizard_*.deb")
list(LENGTH debs n)
if(NOT n EQUAL 1)
    message(FATAL_ERROR "expected exactly one mpio-wizard_*.deb in ${BINARY_DIR}, found ${n}; run ./run.sh package")
endif()
set(root "${BINARY_DIR}/package-test-root")
file(REMOVE_RECURSE "${root}")
file(MAKE_DIRECTORY "${root}")

function(run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}\n${err}")
    endif()
    set(out "${out}" PARENT_SCOPE)
endfunction()

run(dpkg-deb -x "${debs}" "${root}")
run(dpkg-deb -f "${debs}" Depends)
# Every library an installed binary needs must come from a package named in Depends (what dpkg-shlibdeps
# should have found; libssh/qtkeychain appear once the code links them).
set(depends "${out}")
foreach(bin mpioctl mpio-wizard mpio-lab)
    run(sh -c "readelf -d '${root}/usr/bin/${bin}' | sed -n 's/.*Shared library: \\[\\(.*\\)\\]/\\1/p'")
    string(REPLACE "\n" ";" libs "${out}")
    foreach(lib IN LISTS libs)
        if(lib STREQUAL "")
            continue()
        endif()
        # The library this binary really loads (ldd), then its owner: a name search ('*/libm.so.6') can hit
        # libc6-i386's /usr/lib32 copy first. Debian 12 is usr-merged, and dpkg knows a file under either
        # /lib or /usr/lib, so both spellings are tried.
        # (No ';' in the command: run() passes it through a CMake list. The loader appears in ldd as a path.)
        run(sh -c "p=$(ldd '${root}/usr/bin/${bin}' | awk -v L='${lib}' '$1 == L {print $3} $1 ~ (\"/\" L \"$\") {print $1}' | head -1) && test -n \"$p\" && (dpkg -S \"$p\" || dpkg -S \"/usr$p\" || dpkg -S \"\${p#/usr}\") 2>/dev/null | head -1 | cut -d: -f1")
        string(STRIP "${out}" pkg)
        # A shlibs file may name a virtual package the owner provides (libspdlog1.10 provides libspdlog1.10-fmt9).
        run(dpkg-query -W "-f=\${Provides}" "${pkg}")
        string(REGEX REPLACE " *\\([^)]*\\)" "" provides "${out}")
        string(REPLACE ", " ";" names "${pkg};${provides}")
        set(found FALSE)
        foreach(name IN LISTS names)
            string(REGEX REPLACE "[.+]" "\\\\\\0" re "${name}")
            if(name AND depends MATCHES "(^|, )${re}( |,|$)")
                set(found TRUE)
            endif()
        endforeach()
        if(NOT found)
            message(FATAL_ERROR "${bin} needs ${lib} from ${pkg}, which is not in Depends: ${depends}")
        endif()
    endforeach()
endforeach()

run("${root}/usr/bin/mpioctl" --version)
if(NOT out MATCHES "[0-9]+\\.[0-9]+\\.[0-9]+")
    message(FATAL_ERROR "mpioctl --version printed no version: ${out}")
endif()
run(env QT_QPA_PLATFORM=offscreen "${root}/usr/bin/mpio-wizard" --version)
if(NOT out MATCHES "[0-9]+\\.[0-9]+\\.[0-9]+")
    message(FATAL_ERROR "mpio-wizard --version printed no version: ${out}")
endif()

foreach(f usr/share/applications/mpio-wizard.desktop
          usr/share/metainfo/io.github.mpio_wizard.metainfo.xml
          usr/share/man/man1/mpioctl.1
          usr/share/bash-completion/completions/mpioctl
          usr/share/icons/hicolor/scalable/apps/mpio-wizard.svg
          usr/share/icons/hicolor/48x48/apps/mpio-wizard.png
          usr/share/icons/hicolor/256x256/apps/mpio-wizard.png)
    if(NOT EXISTS "${root}/${f}")
        message(FATAL_ERROR "missing in package: ${f}")
    endif()
endforeach()
run(desktop-file-validate "${root}/usr/share/applications/mpio-wizard.desktop")
run(appstreamcli validate --no-net "${root}/usr/share/metainfo/io.github.mpio_wizard.metainfo.xml")
message(STATUS "package test passed: ${debs}")
