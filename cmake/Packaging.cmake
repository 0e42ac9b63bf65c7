# SPDX-License-Identifier: Apache-2.0
# The Debian package: what `cpack -G DEB` (scripts/package.sh) builds from the install rules, plus the two files
# Debian wants in usr/share/doc/vslab (copyright, changelog.gz), installed by `cmake --install` too.
include(GNUInstallDirs)

set(VSLAB_HOMEPAGE "https://github.com/vslab/vslab" CACHE STRING "Homepage written into the package")
set(VSLAB_PACKAGE_MAINTAINER "VS Lab maintainers <maintainers@vslab.invalid>" CACHE STRING
    "Maintainer written into the package (Name <email>)")

# qt_standard_project_setup() gives installed binaries a RUNPATH of $ORIGIN:$ORIGIN/../lib; they only link system
# libraries, and Debian forbids custom search paths (lintian: custom-library-search-path).
set_target_properties(vslab vslab-cli PROPERTIES INSTALL_RPATH "")

set(vslab_doc_dir ${CMAKE_BINARY_DIR}/packaging)
file(CONFIGURE OUTPUT ${vslab_doc_dir}/copyright @ONLY CONTENT
[=[Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: VS Lab
Upstream-Contact: @VSLAB_PACKAGE_MAINTAINER@
Source: @VSLAB_HOMEPAGE@

Files: *
Copyright: 2026 VS Lab contributors
License: Apache-2.0

Files: resources/metainfo/*
Copyright: 2026 VS Lab contributors
License: CC0-1.0

License: Apache-2.0
 Licensed under the Apache License, Version 2.0 (the "License");
 you may not use this file except in compliance with the License.
 You may obtain a copy of the License at
 .
 http://www.apache.org/licenses/LICENSE-2.0
 .
 Unless required by applicable law or agreed to in writing, software
 distributed under the License is distributed on an "AS IS" BASIS,
 WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 See the License for the specific language governing permissions and
 limitations under the License.
 .
 On Debian systems, the complete text of the Apache License, Version 2.0
 can be found in "/usr/share/common-licenses/Apache-2.0".

License: CC0-1.0
 To the extent possible under law, the authors have waived all copyright
 and related or neighboring rights to this file.
 .
 On Debian systems, the complete text of the CC0 1.0 Universal license
 can be found in "/usr/share/common-licenses/CC0-1.0".
]=])

# A native package (no Debian revision), so the upstream changelog in Debian's format is changelog.gz.
# Add an entry here for each release, newest first, in step with the AppStream <releases>.
file(CONFIGURE OUTPUT ${vslab_doc_dir}/changelog @ONLY CONTENT
[=[vslab (0.1.0) unstable; urgency=medium

  * First release.
  * Desktop app: streamed bar chart and candidate table, seeded sampling,
    Sample xN with observed frequencies.
  * Methods direct, direct-cot, sequence, multi-turn, vs-standard, vs-cot
    and vs-multi.
  * Providers: OpenAI-compatible servers, Anthropic, Google Gemini and an
    offline demo model.
  * Run history, export to JSON, CSV and Markdown.
  * vslab-cli with the generate, parse and models commands.

 -- @VSLAB_PACKAGE_MAINTAINER@  Mon, 30 Nov 2026 00:00:00 +0000
]=])
if(NOT PROJECT_VERSION STREQUAL "0.1.0")
    message(AUTHOR_WARNING "cmake/Packaging.cmake: add a changelog entry for ${PROJECT_VERSION}")
endif()

# gzip -n: no name or time stamp inside, so the package is reproducible.
add_custom_command(OUTPUT ${vslab_doc_dir}/changelog.gz
    COMMAND gzip -9nkf ${vslab_doc_dir}/changelog
    DEPENDS ${vslab_doc_dir}/changelog
    COMMENT "Compressing the Debian changelog" VERBATIM)
add_custom_target(vslab_package_docs ALL DEPENDS ${vslab_doc_dir}/changelog.gz)
install(FILES ${vslab_doc_dir}/copyright ${vslab_doc_dir}/changelog.gz DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME vslab)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "VS Lab contributors")
set(CPACK_PACKAGE_CONTACT "${VSLAB_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "workbench for Verbalized Sampling of language models")
# Wrapped by hand: CPack turns each line into one line of the control file and a blank line into " .".
set(CPACK_PACKAGE_DESCRIPTION [=[
Aligned chat models suffer mode collapse: asked for a joke five times,
they tell the same joke. Verbalized Sampling asks the model for k
candidate answers, each with the probability the model gives it, then
samples from that stated distribution.

VS Lab shows that distribution as a bar chart with every candidate's text
and lets you resample from it. It talks to OpenAI and OpenAI-compatible
servers (OpenRouter, Ollama, LM Studio, vLLM, llama.cpp), Anthropic and
Google Gemini, or to an offline, clearly labelled demo model that needs
no key and no network.

This package holds the desktop app (vslab) and the command-line tool
(vslab-cli).]=])
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${VSLAB_HOMEPAGE}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${VSLAB_PACKAGE_MAINTAINER}")
# Libraries linked into the binaries come from dpkg-shlibdeps; Qt plugins loaded at run time are named here:
# the xcb/wayland platform plugins (no window without them) and the SQLite driver of the run history.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "fonts-wqy-microhei | fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
