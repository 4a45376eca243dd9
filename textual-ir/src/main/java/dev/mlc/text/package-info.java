package dev.mlc.text;
