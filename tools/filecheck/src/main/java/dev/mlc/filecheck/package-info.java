package dev.mlc.filecheck;
